// SMS auto-reply. Answers every text message sent to your Twilio number: "HOURS" gets the opening hours, "WHERE"
// gets the address, a picture gets a thank-you, and anything else gets an acknowledgement that lists the keywords.
// Point at it: Console → Phone Numbers → your number → Messaging → "A message comes in" → Webhook →
// https://<host>/<service>/sms-auto-reply, HTTP POST.
// Environment: TWILIO_AUTH_TOKEN (your account's auth token; the host checks X-Twilio-Signature with it),
// BUSINESS_NAME, OPENING_HOURS and ADDRESS (all optional: replies fall back to neutral wording).
// Deploy with visibility "protected": only requests signed by Twilio get through.
// STOP, START and HELP never reach this function when Twilio's default opt-out handling is on; Twilio answers them.

var business = Context.Env.GetValueOrDefault("BUSINESS_NAME", "us");
var text = Event.Get("Body").Trim();
var keyword = text.Split(' ', 2)[0].ToUpperInvariant();
var pictures = int.TryParse(Event.Get("NumMedia", "0"), out var count) ? count : 0;

var reply = keyword switch
{
    "HOURS" => Context.Env.TryGetValue("OPENING_HOURS", out var hours)
        ? $"Our opening hours: {hours}"
        : "Call us for today's opening hours.",
    "WHERE" => Context.Env.TryGetValue("ADDRESS", out var address)
        ? $"You'll find {business} at {address}."
        : "Reply with your postcode and we'll send you directions.",
    _ when pictures > 0 => pictures == 1 ? "Thanks for the picture!" : $"Thanks for the {pictures} pictures!",
    _ => $"Thanks for texting {business}! We got \"{text}\" and will reply soon. Text HOURS for opening hours or WHERE for our address.",
};

Log.Info($"Auto-reply to {Event["MessageSid"]} ({(keyword.Length == 0 ? "no text" : keyword)})");
return new MessagingResponse().Message(reply);
