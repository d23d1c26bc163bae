using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ScriptHost.Tests.Samples;

/// <summary>scripts-samples/access-token.csx, deployed public and asked for a token as a Voice SDK app would.</summary>
[Collection(SampleServerCollection.Name)]
public sealed class AccessTokenTests(SampleServer server)
{
    private const string Service = "sample-access-token";
    private const string Path = "access-token";
    private const string AccountSid = TwilioWebhook.AccountSid;
    private const string ApiKeySid = "SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    // 32 characters, as Twilio's API key secrets are: the JWT library refuses an HS256 key under 256 bits.
    private const string ApiKeySecret = "api-key-secret-0123456789abcdef0";
    private const string TwimlAppSid = "APcccccccccccccccccccccccccccccccc";

    [Fact]
    public async Task Get_Identity_AnswersTokenWithVoiceAndVideoGrantsSignedWithTheApiKeySecret()
    {
        await EnsureServiceAsync();
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        using var response = await server.Client.GetAsync($"/{Service}/{Path}?identity=alice.smith%40example.com");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("alice.smith@example.com", (string?)answer["identity"]);
        var parts = ((string)answer["token"]!).Split('.');
        Assert.Equal(3, parts.Length);

        Assert.Equal("""{"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1"}""", Encoding.UTF8.GetString(Base64UrlDecode(parts[0])));
        var expectedSignature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(ApiKeySecret), Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"));
        Assert.Equal(expectedSignature, Base64UrlDecode(parts[2]));

        var claims = JsonNode.Parse(Base64UrlDecode(parts[1]))!;
        // Twilio's C# library writes no iat; the token's id carries the second it was issued.
        Assert.Null(claims["iat"]);
        var jti = (string)claims["jti"]!;
        Assert.StartsWith(ApiKeySid + "-", jti, StringComparison.Ordinal);
        var issuedAt = long.Parse(jti[(ApiKeySid.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(issuedAt, before - 5, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 5);
        // The library reads the clock twice (expiry, then id): a second can tick between.
        Assert.InRange((long)claims["exp"]!, issuedAt + 3599, issuedAt + 3600);
        Assert.Equal(ApiKeySid, (string?)claims["iss"]);
        Assert.Equal(AccountSid, (string?)claims["sub"]);
        JsonAssert.Equal(
            $$$"""{"identity":"alice.smith@example.com","voice":{"incoming":{"allow":true},"outgoing":{"application_sid":"{{{TwimlAppSid}}}"}},"video":{}}""",
            claims["grants"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?identity=")]
    [InlineData("?identity=alice%20smith")]
    [InlineData("?identity=%3Cscript%3E")]
    public async Task Get_MissingOrMalformedIdentity_Answers400(string query)
    {
        await EnsureServiceAsync();

        using var response = await server.Client.GetAsync($"/{Service}/{Path}{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonAssert.Equal(
            """{"error":"'identity' is required: 1 to 121 letters, digits, '_', '.', '@' or '-'."}""",
            JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    private static byte[] Base64UrlDecode(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
    }

    private Task EnsureServiceAsync() => server.ServiceAsync(Service, Path, "public", new Dictionary<string, string>
    {
        ["ACCOUNT_SID"] = AccountSid,
        ["API_KEY_SID"] = ApiKeySid,
        ["API_KEY_SECRET"] = ApiKeySecret,
        ["TWIML_APP_SID"] = TwimlAppSid,
    });
}
