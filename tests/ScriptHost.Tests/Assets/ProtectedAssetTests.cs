using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Functions.TwilioLibrary;
using ScriptHost.Tests.Builds;
using ScriptHost.Tests.Support;
using static ScriptHost.Tests.Builds.Bundles;

namespace ScriptHost.Tests.Assets;

/// <summary>
/// Protected assets (Twilio's model): served at their URL only to requests carrying a valid X-Twilio-Signature over
/// the URL the caller used — the check protected functions have, with the same 403 problem — and readable by the
/// service's functions like private ones. No PublicBaseUrl is configured: signed URLs are http://localhost/...
/// </summary>
public sealed class ProtectedAssetTests(BuildsFactory factory) : IClassFixture<BuildsFactory>
{
    private const string AuthToken = "12345678901234567890123456789012";
    private static readonly byte[] Mp3 = [0x49, 0x44, 0x33, 0x04, 0x00, 0x00, 0xFF, 0xFB];
    private readonly HttpClient _caller = factory.CreateAnonymousClient();

    [Fact]
    public async Task Put_ProtectedAsset_AnswersAndListsItAsProtected()
    {
        using var service = await factory.CreateServiceAsync("pa-list");

        using var put = await AssetEndpointsTests.PutAsync(service, "audio/greeting.mp3", Mp3, "audio/mpeg", "protected");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("protected", (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("visibility").GetString());
        var listed = Assert.Single((await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/assets")).EnumerateArray());
        Assert.Equal(("/audio/greeting.mp3", "protected"), (listed.GetProperty("path").GetString(), listed.GetProperty("visibility").GetString()));
    }

    [Fact]
    public async Task Get_ProtectedAssetUnsigned_Returns403ProblemAsAProtectedFunctionDoes()
    {
        using var service = await ServiceWithTokenAsync("pa-unsigned");
        await AssetEndpointsTests.PutAsync(service, "audio/greeting.mp3", Mp3, "audio/mpeg", "protected");
        await service.DeployAsync("/sms", TestScripts.Read("sms-reply"), visibility: "protected");

        using var asset = await _caller.GetAsync($"/{service.Name}/audio/greeting.mp3");
        using var function = await _caller.GetAsync($"/{service.Name}/sms");

        var assetProblem = await ProblemAssert.IsProblemAsync(asset, HttpStatusCode.Forbidden);
        var functionProblem = await ProblemAssert.IsProblemAsync(function, HttpStatusCode.Forbidden);
        Assert.Equal(TitleAndDetail(functionProblem), TitleAndDetail(assetProblem));
        Assert.Contains("X-Twilio-Signature", assetProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ProtectedAssetSigned_ServesItsBytesAndContentType()
    {
        using var service = await ServiceWithTokenAsync("pa-signed");
        await AssetEndpointsTests.PutAsync(service, "audio/greeting.mp3", Mp3, "audio/mpeg", "protected");
        var path = $"/{service.Name}/audio/greeting.mp3?CallSid=CA123";

        using var served = await _caller.SendAsync(Signed(HttpMethod.Get, path, TwilioWebhookSigner.Sign(AuthToken, $"http://localhost{path}")));
        using var head = await _caller.SendAsync(Signed(HttpMethod.Head, path, TwilioWebhookSigner.Sign(AuthToken, $"http://localhost{path}")));

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("audio/mpeg", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Mp3, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Fact]
    public async Task Get_ProtectedAssetSignedForAnotherUrlOrToken_Returns403Problem()
    {
        using var service = await ServiceWithTokenAsync("pa-wrong");
        await AssetEndpointsTests.PutAsync(service, "hold.xml", "<Response/>"u8.ToArray(), "text/xml", "protected");
        var path = $"/{service.Name}/hold.xml?CallSid=CA123";

        using var otherQuery = await _caller.SendAsync(Signed(HttpMethod.Get, path, TwilioWebhookSigner.Sign(AuthToken, $"http://localhost/{service.Name}/hold.xml?CallSid=CA999")));
        using var otherHost = await _caller.SendAsync(Signed(HttpMethod.Get, path, TwilioWebhookSigner.Sign(AuthToken, $"https://example.com{path}")));
        using var otherToken = await _caller.SendAsync(Signed(HttpMethod.Get, path, TwilioWebhookSigner.Sign("another-token-another-token-0000", $"http://localhost{path}")));

        await ProblemAssert.IsProblemAsync(otherQuery, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(otherHost, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(otherToken, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Get_ProtectedAssetOfAServiceWithoutAuthToken_Returns403ProblemEvenSigned()
    {
        using var service = await factory.CreateServiceAsync("pa-no-token");
        await AssetEndpointsTests.PutAsync(service, "hold.xml", "<Response/>"u8.ToArray(), "text/xml", "protected");
        var path = $"/{service.Name}/hold.xml";

        using var response = await _caller.SendAsync(Signed(HttpMethod.Get, path, TwilioWebhookSigner.Sign(AuthToken, $"http://localhost{path}")));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("TWILIO_AUTH_TOKEN", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PrivateAssetEvenSigned_Returns404Problem()
    {
        using var service = await ServiceWithTokenAsync("pa-private");
        await AssetEndpointsTests.PutAsync(service, "secret.txt", "hidden"u8.ToArray(), "text/plain", "private");
        var path = $"/{service.Name}/secret.txt";

        using var response = await _caller.SendAsync(Signed(HttpMethod.Get, path, TwilioWebhookSigner.Sign(AuthToken, $"http://localhost{path}")));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Assets_ProtectedAsset_AFunctionReadsItUnsigned()
    {
        using var service = await factory.CreateServiceAsync("pa-read");
        await AssetEndpointsTests.PutAsync(service, "config/menu.json", """{"press":1}"""u8.ToArray(), "application/json", "protected");
        await service.DeployAsync("/read", TestScripts.Read("read-asset"));

        Assert.Equal("""{"press":1}""", await _caller.GetStringAsync($"/{service.Name}/read?asset=/config/menu.json"));
    }

    [Fact]
    public async Task Build_ProtectedAssetOnAnotherEnvironment_ServedOnlySignedOverThatEnvironmentsUrlWithItsToken()
    {
        using var service = await factory.CreateServiceAsync("pa-env");
        await service.SetVariableAsync("TWILIO_AUTH_TOKEN", "production-token-000000000000000", secret: true);
        await service.CreateEnvironmentAsync("dev");
        using (var set = await service.Client.PutAsJsonAsync($"{service.Api}/environments/dev/variables/TWILIO_AUTH_TOKEN", new { value = AuthToken, secret = true }))
        {
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }

        var build = await BuildAsync(service.Client, service.Api, new { assets = new[] { Text("/hold.xml", "<Response><Play>x</Play></Response>", "protected", "text/xml") } });
        Assert.True(build.GetProperty("status").GetString() == "completed", build.ToString());
        Assert.Equal("protected", Named(build.GetProperty("assets"), "/hold.xml").GetProperty("visibility").GetString());
        await service.DeployBuildAsync("dev", build.GetProperty("id").GetInt32());
        var path = $"/{service.Name}@dev/hold.xml";

        using var signed = await _caller.SendAsync(Signed(HttpMethod.Get, path, TwilioWebhookSigner.Sign(AuthToken, $"http://localhost{path}")));
        using var unsigned = await _caller.GetAsync(path);
        using var signedForProductionsUrl = await _caller.SendAsync(
            Signed(HttpMethod.Get, path, TwilioWebhookSigner.Sign(AuthToken, $"http://localhost/{service.Name}/hold.xml")));
        using var signedWithProductionsToken = await _caller.SendAsync(
            Signed(HttpMethod.Get, path, TwilioWebhookSigner.Sign("production-token-000000000000000", $"http://localhost{path}")));

        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal("<Response><Play>x</Play></Response>", await signed.Content.ReadAsStringAsync());
        await ProblemAssert.IsProblemAsync(unsigned, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(signedForProductionsUrl, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(signedWithProductionsToken, HttpStatusCode.Forbidden);
        var listed = Assert.Single((await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/assets?environment=dev")).EnumerateArray());
        Assert.Equal("protected", listed.GetProperty("visibility").GetString());
    }

    private async Task<TestService> ServiceWithTokenAsync(string prefix)
    {
        var service = await factory.CreateServiceAsync(prefix);
        await service.SetVariableAsync("TWILIO_AUTH_TOKEN", AuthToken, secret: true);
        return service;
    }

    private static (string?, string?) TitleAndDetail(JsonElement problem) =>
        (problem.GetProperty("title").GetString(), problem.GetProperty("detail").GetString());

    private static HttpRequestMessage Signed(HttpMethod method, string path, string signature)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Twilio-Signature", signature);
        return request;
    }
}
