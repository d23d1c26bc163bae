// <Connect><Stream>: a Connect holding a Stream, appended to a VoiceResponse.
using Twilio.TwiML.Voice;

var response = new VoiceResponse();
var connect = new Connect();
connect.Append(new Stream(url: "wss://example.com/audio", track: Stream.TrackEnum.InboundTrack));
response.Append(connect);
return response;
