using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ScriptHost.Tests.Samples;
using ScriptHost.Tests.Support;
using static ScriptHost.Tests.Samples.TwilioWebhook;

namespace ScriptHost.Tests.Twilio;

/// <summary>
/// Functions using Twilio's own library, deployed and invoked through the server (in workers, or in-process with
/// <c>ScriptHost__Isolation=InProcess</c>): REST calls through <c>Context.GetTwilioClient()</c> to the fake Twilio API
/// over the real egress client, TwiML and access tokens the library builds, and what the allowlist refuses.
/// </summary>
[Collection(SampleServerCollection.Name)]
public sealed class TwilioClientInvocationTests(SampleServer server)
{
    private const string Service = "twilio-client-invocation";
    private const string ApiKeySid = "SK0123456789abcdef0123456789abcdef";
    // 32 characters, as Twilio's API key secrets are: the JWT library refuses an HS256 key under 256 bits.
    private const string ApiKeySecret = "api-key-secret-0123456789abcdef0";

    [Theory]
    [InlineData("send-async")]
    [InlineData("send-sync")]
    public async Task MessageCreate_AsyncOrSync_SendsThroughTheFakeApiAndAnswersTheMessage(string script)
    {
        var to = script == "send-sync" ? "+15558675401" : "+15558675402";
        await DeployAsync(script, timeoutMs: 10_000);

        var (status, body) = await PostAsync(script, ("To", to), ("Body", "hello from " + script));

        Assert.Equal(HttpStatusCode.OK, status);
        var sent = Assert.Single(server.TwilioApi.RequestsWith("To", to));
        JsonAssert.Equal($$"""{"sid":"{{sent.AnsweredSid}}","status":"queued"}""", body);
        Assert.Equal($"/2010-04-01/Accounts/{AccountSid}/Messages.json", sent.Path);
        Assert.Equal("hello from " + script, sent.Form["Body"]);
    }

    [Fact]
    public async Task MessageCreate_ResourceReturned_AnswersItsJsonWithStatusAndNumbersAsStrings()
    {
        await DeployAsync("send-return-resource", timeoutMs: 10_000);

        var (status, body) = await PostAsync("send-return-resource", ("To", "+15558675405"), ("Body", "the resource"));

        Assert.Equal(HttpStatusCode.OK, status);
        var sent = Assert.Single(server.TwilioApi.RequestsWith("To", "+15558675405"));
        Assert.Equal(sent.AnsweredSid, (string?)body["sid"]);
        Assert.Equal("queued", (string?)body["status"]);
        Assert.Equal("+15017122661", (string?)body["from"]);
        Assert.Equal("+15558675405", (string?)body["to"]);
        Assert.Equal("the resource", (string?)body["body"]);
    }

    [Fact]
    public async Task MessageCreate_TwilioAnswers400_CatchApiExceptionSeesTwiliosCodeAndStatus()
    {
        await DeployAsync("send-async", timeoutMs: 10_000);

        var (status, body) = await PostAsync("send-async", ("To", FakeTwilioApi.InvalidNumber), ("Body", "hi"));

        Assert.Equal(HttpStatusCode.BadGateway, status);
        JsonAssert.Equal("""{"code":21211,"status":400,"message":"The 'To' number +15005550001 is not a valid phone number."}""", body);
    }

    [Theory]
    [InlineData("send-async")]
    [InlineData("send-sync")]
    public async Task MessageCreate_TwilioEndpointHangs_EndsAtTheTimeLimitWith504AndTheNextCallIsServed(string script)
    {
        var path = script + "-hung";
        // Generous: the next call runs in a fresh worker (the hung one is killed), which loads the Twilio library cold;
        // under a loaded CI machine that took longer than 1.5 s.
        await DeployAsync(script, path, timeoutMs: 5000);

        using (var hung = await server.PostAsync(Service, path, Form(("To", FakeTwilioApi.HungNumber), ("Body", "anyone there?"))))
        {
            await ProblemAssert.IsProblemAsync(hung, HttpStatusCode.GatewayTimeout);
        }

        var next = script == "send-sync" ? "+15558675403" : "+15558675404";
        var (status, _) = await PostAsync(path, ("To", next), ("Body", "next"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Single(server.TwilioApi.RequestsWith("To", next));
    }

    [Fact]
    public async Task ConnectStream_Returned_AnswersTheLibrarysCompactXml()
    {
        await DeployAsync("connect-stream");

        using var response = await server.PostAsync(Service, "connect-stream", Form());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            TwiML("<Connect><Stream url=\"wss://example.com/audio\" track=\"inbound_track\"></Stream></Connect>"),
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AccessTokenWithPlaybackGrant_Issued_IsAJwtSignedWithTheApiKeySecret()
    {
        await DeployAsync("playback-token");

        using var response = await server.PostAsync(Service, "playback-token", Form());

        var jwt = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {jwt}");
        var parts = jwt.Split('.');
        Assert.Equal(3, parts.Length);
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(ApiKeySecret), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        Assert.Equal(Base64Url(signature), parts[2]);
        var header = JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(parts[0]))!;
        var payload = JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(parts[1]))!;
        Assert.Equal("HS256", (string?)header["alg"]);
        Assert.Equal("twilio-fpa;v=1", (string?)header["cty"]);
        Assert.Equal(ApiKeySid, (string?)payload["iss"]);
        Assert.Equal(AccountSid, (string?)payload["sub"]);
        Assert.Equal("viewer", (string?)payload["grants"]!["identity"]);
        Assert.Equal("https://example.com/live", (string?)payload["grants"]!["player"]!["playbackUrl"]);
        Assert.True((long)payload["exp"]! > DateTimeOffset.UtcNow.ToUnixTimeSeconds());
    }

    [Theory]
    [InlineData("client-init", "TwilioClient.Init is shared by every function on the host; pass `client: Context.GetTwilioClient()`")]
    [InlineData("client-omitted", "needs its 'client' argument: without one the library uses process-wide state, which functions do not have; pass `client: Context.GetTwilioClient()`")]
    public async Task Deploy_ProcessWideTwilioClient_IsRefusedWithWhatToUseInstead(string script, string hint)
    {
        await server.ServiceAsync(Service, Environment());

        var (status, body) = await server.DeployAsync(Service, script, TestScripts.Read("Twilio/" + script), "public");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains(
            body!["errors"]!.AsArray(),
            error => (string?)error!["id"] == "SH0001" && ((string?)error["message"])!.Contains(hint, StringComparison.Ordinal));
    }

    private async Task DeployAsync(string script, string? path = null, int? timeoutMs = null)
    {
        await server.ServiceAsync(Service, Environment());
        var (status, body) = await server.DeployAsync(Service, path ?? script, TestScripts.Read("Twilio/" + script), "public", timeoutMs);
        Assert.True(status is HttpStatusCode.Created or HttpStatusCode.OK, $"Deploying {script} answered {(int)status}: {body?.ToJsonString()}");
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(string path, params (string Name, string Value)[] fields)
    {
        using var response = await server.PostAsync(Service, path, Form(fields));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/json", $"{(int)response.StatusCode}: {text}");
        return (response.StatusCode, JsonNode.Parse(text)!);
    }

    private static List<KeyValuePair<string, string>> Form(params (string Name, string Value)[] fields) =>
        [.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))];

    private static Dictionary<string, string> Environment() => new()
    {
        ["ACCOUNT_SID"] = AccountSid,
        ["AUTH_TOKEN"] = AuthToken,
        ["API_KEY_SID"] = ApiKeySid,
        ["API_KEY_SECRET"] = ApiKeySecret,
        ["TWILIO_API_BASE_URL"] = $"http://{SampleServer.FakeApiHost}",
    };

    private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
