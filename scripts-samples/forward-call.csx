// Call forwarding. Rings the number in FORWARD_TO for every call to your Twilio number and connects the caller when
// it answers; the caller hears ringing until then (answerOnBridge). When the forwarded call ends, Twilio asks this
// function again with DialCallStatus: a busy line or no answer within 20 seconds gets a short apology, a finished
// conversation just hangs up.
// Point at it: Console → Phone Numbers → your number → Voice → "A call comes in" → Webhook →
// https://<host>/<service>/forward-call, HTTP POST.
// Environment: TWILIO_AUTH_TOKEN (signature check), FORWARD_TO (the number to ring, E.164, e.g. +15558675310),
// CALLER_ID (optional: the number the forwarded call shows, one of your Twilio numbers or a verified caller ID;
// unset, it shows the original caller's number).
// Deploy with visibility "protected".

var response = new VoiceResponse();

if (Event["DialCallStatus"] is { } outcome)
{
    // Second request: the <Dial> below has ended.
    return outcome == "completed"
        ? response.Hangup()
        : response.Say("Sorry, nobody could take your call. Please try again later.").Hangup();
}

if (!Context.Env.TryGetValue("FORWARD_TO", out var forwardTo) || forwardTo.Length == 0)
{
    Log.Error("FORWARD_TO is not set: there is no number to forward calls to.");
    return response.Say("Sorry, this number cannot take calls right now. Please try again later.").Hangup();
}

var dial = new Twilio.TwiML.Voice.Dial(
    action: new Uri($"/{Context.ServiceName}{Context.FunctionPath}", UriKind.Relative),
    timeout: 20,
    callerId: Context.Env.GetValueOrDefault("CALLER_ID"),
    answerOnBridge: true);
dial.Number(forwardTo);
return response.Append(dial);
