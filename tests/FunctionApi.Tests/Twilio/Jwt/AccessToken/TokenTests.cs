using System.Text;
using System.Text.Json.Nodes;
using Twilio.Jwt.AccessToken;

namespace ScriptHost.FunctionApi.Tests.Twilio.Jwt.AccessToken;

public sealed class TokenTests
{
    [Fact]
    public void ToJwt_DocsShapedSnippet_IssuesThreePartTokenWithVoiceGrantForAnHour()
    {
        var grants = new HashSet<IGrant> { new VoiceGrant { OutgoingApplicationSid = "AP123", IncomingAllow = true } };
        var jwt = new Token("AC123", "SK123", "secret", identity: "alice", grants: grants).ToJwt();

        var parts = jwt.Split('.');
        Assert.Equal(3, parts.Length);
        var payload = JsonNode.Parse(Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(parts[1])))!;
        Assert.Equal("alice", (string?)payload["grants"]!["identity"]);
        Assert.Equal("AP123", (string?)payload["grants"]!["voice"]!["outgoing"]!["application_sid"]);
        Assert.True((bool)payload["grants"]!["voice"]!["incoming"]!["allow"]!);
        Assert.Equal(3600, (long)payload["exp"]! - (long)payload["iat"]!);
    }

    [Fact]
    public void ToJwt_NoIdentity_LeavesIdentityOut()
    {
        var jwt = new Token("AC123", "SK123", "secret", grants: [new VideoGrant()]).ToJwt();
        var payload = JsonNode.Parse(Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(jwt.Split('.')[1])))!;
        Assert.Null(payload["grants"]!["identity"]);
        Assert.Empty(payload["grants"]!["video"]!.AsObject());
    }

    [Theory]
    [InlineData("", "SK123", "secret")]
    [InlineData("AC123", "", "secret")]
    [InlineData("AC123", "SK123", "")]
    public void Constructor_MissingRequiredValue_Throws(string accountSid, string keySid, string secret) =>
        Assert.Throws<ArgumentException>(() => new Token(accountSid, keySid, secret, identity: "alice"));
}
