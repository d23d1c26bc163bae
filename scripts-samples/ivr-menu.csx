// IVR phone menu. Greets callers with a one-key menu: 1 hears the opening hours, 2 is put through to SUPPORT_NUMBER
// (busy or no answer within 30 seconds: voicemail), 3 goes to the voicemail function of the same service (deploy
// voicemail.csx at /voicemail). A key that is not on the menu, or no key at all, plays the menu again.
// Point at it: Console → Phone Numbers → your number → Voice → "A call comes in" → Webhook →
// https://<host>/<service>/ivr-menu, HTTP POST. The menu posts the caller's key (Digits) back to this same URL.
// Environment: TWILIO_AUTH_TOKEN (signature check), SUPPORT_NUMBER (E.164, who option 2 rings),
// OPENING_HOURS (optional, read out for option 1).
// Deploy with visibility "protected".

using Twilio.TwiML.Voice;

var response = new VoiceResponse();
var menu = new Uri($"/{Context.ServiceName}{Context.FunctionPath}", UriKind.Relative);
var voicemail = new Uri($"/{Context.ServiceName}/voicemail", UriKind.Relative);

if (Event["DialCallStatus"] is { } dialed)
{
    // Twilio is back from option 2's <Dial>: after a conversation, hang up; busy or no answer, take a message.
    return dialed == "completed"
        ? response.Hangup()
        : response.Say("Sorry, everyone is busy. Please leave a message.").Redirect(voicemail);
}

switch (Event["Digits"])
{
    case null:
        var gather = new Gather(numDigits: 1, action: menu, timeout: 5);
        gather.Say("Thanks for calling. For our opening hours, press 1. To speak to someone, press 2. To leave a message, press 3.");
        return response.Append(gather)
            .Say("We didn't receive a choice.")
            .Redirect(menu);

    case "1":
        var hours = Context.Env.GetValueOrDefault("OPENING_HOURS", "Monday to Friday, 9 AM to 5 PM");
        return response.Say($"We are open {hours}.").Pause(1).Redirect(menu);

    case "2" when Context.Env.TryGetValue("SUPPORT_NUMBER", out var support):
        response.Say("Connecting you to our team. Please hold.");
        return response.Append(new Dial(action: menu, timeout: 30).Number(support));

    case "2":
        Log.Warn("SUPPORT_NUMBER is not set: option 2 goes to voicemail.");
        return response.Say("Nobody can take your call right now. Please leave a message.").Redirect(voicemail);

    case "3":
        return response.Redirect(voicemail);

    case var other:
        return response.Say($"Sorry, {other} is not on the menu.").Redirect(menu);
}
