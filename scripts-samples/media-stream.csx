// Calls to your own voice app over a Media Stream. When a call comes in, the function greets the caller and answers
// with <Connect><Stream>: Twilio opens a WebSocket to STREAM_URL and streams the call's audio both ways for as long
// as the call lasts, so your server (an AI voice agent, a transcriber, a custom IVR) hears the caller and talks
// back. The caller's number and the call's SID go along as custom parameters (the stream's "start" message).
// Without a usable STREAM_URL the caller hears an apology instead.
// Point at it: Console → Phone Numbers → your number → Voice → "A call comes in" → Webhook →
// https://<host>/<service>/media-stream, HTTP POST.
// Environment: TWILIO_AUTH_TOKEN (signature check), STREAM_URL (your WebSocket endpoint, wss://...), GREETING
// (optional, what the caller hears first).
// Deploy with visibility "protected".

using Twilio.TwiML.Voice;

var response = new VoiceResponse();
var streamUrl = Context.Env.GetValueOrDefault("STREAM_URL", "");
if (!Uri.TryCreate(streamUrl, UriKind.Absolute, out var url) || url.Scheme != "wss")
{
    Log.Error("Set STREAM_URL to your WebSocket endpoint, wss://...: calls cannot be connected without it.");
    return response.Say("Sorry, this number cannot take calls right now. Please try again later.").Hangup();
}

response.Say(Context.Env.GetValueOrDefault("GREETING", "Connecting you now."));
var stream = new Stream(url: streamUrl);
stream.Parameter(name: "caller", value: Event.Get("From"));
stream.Parameter(name: "callSid", value: Event.Get("CallSid"));
var connect = new Connect();
connect.Append(stream);
return response.Append(connect);
