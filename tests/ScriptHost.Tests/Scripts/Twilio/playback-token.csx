// An access token with a PlaybackGrant (Twilio Live), which the old hand-written grants did not have.
using Twilio.Jwt.AccessToken;

var grant = new PlaybackGrant
{
    Grant = new Dictionary<string, object> { ["requestCredentials"] = "none", ["playbackUrl"] = "https://example.com/live", ["playerStreamerSid"] = "VJ0123456789abcdef0123456789abcdef" },
};
var token = new Token(
    Context.Env["ACCOUNT_SID"], Context.Env["API_KEY_SID"], Context.Env["API_KEY_SECRET"], identity: "viewer", grants: new HashSet<IGrant> { grant });
return token.ToJwt();
