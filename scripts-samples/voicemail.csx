// Voicemail. Asks the caller to leave a message after the beep and records up to two minutes (# or silence ends it).
// When the recording is done, Twilio asks this same function again with RecordingUrl and RecordingDuration: the
// function logs where the recording is, keeps a note of it in the service's key-value store under
// "voicemail/<CallSid>", and thanks the caller. With nothing recorded, the caller hears a goodbye.
// Point at it: Console → Phone Numbers → your number → Voice → "A call comes in" → Webhook →
// https://<host>/<service>/voicemail, HTTP POST (or Redirect to it from another function, as ivr-menu.csx does).
// Environment: TWILIO_AUTH_TOKEN (signature check), VOICEMAIL_GREETING (optional, what the caller hears first).
// Deploy with visibility "protected". The recordings themselves stay in your Twilio account.

var response = new VoiceResponse();

if (Event["RecordingUrl"] is { Length: > 0 } recordingUrl)
{
    var callSid = Event.Get("CallSid");
    var seconds = Event.Get("RecordingDuration", "0");
    Log.Info($"Voicemail from call {callSid}: {seconds} s at {recordingUrl}");
    await Store.SetAsync($"voicemail/{callSid}", Json.Serialize(new
    {
        from = Event["From"],
        recordingUrl,
        durationSeconds = int.TryParse(seconds, out var duration) ? duration : 0,
        receivedAt = DateTimeOffset.UtcNow,
    }));
    return response.Say("Thank you. Your message has been recorded. Goodbye.").Hangup();
}

var greeting = Context.Env.GetValueOrDefault(
    "VOICEMAIL_GREETING",
    "Sorry we missed your call. Please leave a message after the beep, and press the pound key when you are done.");
return response
    .Say(greeting)
    .Record(
        action: new Uri($"/{Context.ServiceName}{Context.FunctionPath}", UriKind.Relative),
        method: "POST",
        maxLength: 120,
        timeout: 5,
        finishOnKey: "#",
        playBeep: true)
    // Reached only when nothing was recorded: Twilio does not call the action for an empty recording.
    .Say("We did not get a message. Goodbye.")
    .Hangup();
