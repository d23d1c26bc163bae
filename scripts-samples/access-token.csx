// Access tokens for the Twilio Voice and Video SDKs. A browser or mobile app asks for a token for a user, e.g.
// GET https://<host>/<service>/access-token?identity=alice, and gets JSON {identity, token}: a JWT valid for one hour (the default), signed
// with your API key, that lets that identity place calls through your TwiML app (outgoing), receive calls dialled to
// <Client>alice</Client> (incoming) and join Video rooms. A missing or malformed identity gets 400.
// Point at it: your app's token fetch (Voice JS SDK: new Device(token)); no Twilio webhook calls it.
// Environment: ACCOUNT_SID (AC...), API_KEY_SID (SK...) and API_KEY_SECRET (create an API key in the Console),
// TWIML_APP_SID (AP..., the TwiML app whose Voice URL answers outgoing calls).
// Deploy with visibility "public", and put your own sign-in in front of it before going live: as written, it gives a
// token to whoever asks, for whatever identity they name. Limit which sites may call it with the service's CORS
// origins setting.

using Twilio.Jwt.AccessToken;
using System.Text.RegularExpressions;

var identity = Event.Get("identity").Trim();
if (!Regex.IsMatch(identity, "^[A-Za-z0-9_.@-]{1,121}$", RegexOptions.None, TimeSpan.FromMilliseconds(100)))
{
    return new Response().SetStatusCode(400).SetBody(new
    {
        error = "'identity' is required: 1 to 121 letters, digits, '_', '.', '@' or '-'.",
    });
}

string Setting(string name) =>
    Context.Env.TryGetValue(name, out var value) && value.Length > 0
        ? value
        : throw new InvalidOperationException($"Set the {name} environment variable.");

var grants = new HashSet<IGrant>
{
    new VoiceGrant { OutgoingApplicationSid = Setting("TWIML_APP_SID"), IncomingAllow = true },
    new VideoGrant(),
};
var token = new Token(
    Setting("ACCOUNT_SID"),
    Setting("API_KEY_SID"),
    Setting("API_KEY_SECRET"),
    identity: identity,
    grants: grants);

return new { identity, token = token.ToJwt() };
