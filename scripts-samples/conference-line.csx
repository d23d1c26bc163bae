// Conference line. Callers to your Twilio number join a conference room: the one named in CONFERENCE_ROOM, or, when
// that is unset, the room whose number they key in (a Gather for up to 6 digits ending with #). When MODERATOR_NUMBER
// is set, the conference starts only when that phone joins (everyone else waits with hold music) and ends when it
// leaves; otherwise it starts as soon as someone joins.
// Point at it: Console → Phone Numbers → your number → Voice → "A call comes in" → Webhook →
// https://<host>/<service>/conference-line, HTTP POST.
// Environment: TWILIO_AUTH_TOKEN (signature check), CONFERENCE_ROOM (optional, a fixed room name),
// MODERATOR_NUMBER (optional, E.164).
// Deploy with visibility "protected".

using Twilio.TwiML.Voice;

var response = new VoiceResponse();
var self = new Uri($"/{Context.ServiceName}{Context.FunctionPath}", UriKind.Relative);

var room = Context.Env.GetValueOrDefault("CONFERENCE_ROOM", "");
if (room.Length == 0)
{
    var digits = Event.Get("Digits");
    if (digits.Length == 0)
    {
        var gather = new Gather(action: self, numDigits: 6, finishOnKey: "#", timeout: 10);
        gather.Say("Welcome. Please enter your conference number, followed by the pound key.");
        return response.Append(gather).Redirect(self);
    }

    room = $"room-{digits}";
}

var isModerator = Context.Env.TryGetValue("MODERATOR_NUMBER", out var moderator) && Event["From"] == moderator;
var anyoneStarts = !Context.Env.ContainsKey("MODERATOR_NUMBER");

response.Say(isModerator ? "Welcome, moderator. Starting your conference." : "You are joining the conference now.");
var dial = new Dial().Conference(
    room,
    beep: Conference.BeepEnum.Onenter,
    startConferenceOnEnter: isModerator || anyoneStarts,
    endConferenceOnExit: isModerator,
    maxParticipants: 25);
return response.Append(dial);
