using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.WebhookTesting;

/// <summary>
/// <c>POST .../environments/{env}/twilio-signature</c>: what it signs, sent as it says to a protected function (or asset),
/// passes the invocation's real signature check (form, JSON and GET, production and another environment, with and
/// without a public base URL); anything else about the request changed, it does not.
/// </summary>
public sealed class TwilioSignatureEndpointsTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    private const string Token = "12345678901234567890123456789012";

    [Fact]
    public async Task Sign_FormPost_ProtectedFunctionAnswers200AndAChangedFieldIs403()
    {
        using var service = await ProtectedEchoAsync(factory);
        var form = new Dictionary<string, string> { ["Body"] = "HOURS", ["From"] = "+15551234567" };

        var signed = await SignAsync(service, "production", new { path = "/echo", method = "POST", parameters = form });

        Assert.Equal($"/{service.Name}/echo", signed.Path);
        Assert.Equal($"http://localhost/{service.Name}/echo", signed.Url);
        using var anonymous = factory.CreateAnonymousClient();
        using var answered = await SendAsync(anonymous, HttpMethod.Post, signed, new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("HOURS", (await answered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("body").GetString());
        using var tampered = await SendAsync(anonymous, HttpMethod.Post, signed, new FormUrlEncodedContent(new Dictionary<string, string>(form) { ["Body"] = "WHERE" }));
        await ProblemAssert.IsProblemAsync(tampered, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Sign_JsonBody_AddsBodyHashAndProtectedFunctionAnswers200()
    {
        using var service = await ProtectedEchoAsync(factory);
        const string json = """{"Body":"json body","count":3}""";

        var signed = await SignAsync(service, "production", new { path = "echo", method = "POST", json });

        Assert.StartsWith($"/{service.Name}/echo?bodySHA256=", signed.Path, StringComparison.Ordinal);
        using var anonymous = factory.CreateAnonymousClient();
        using var answered = await SendAsync(anonymous, HttpMethod.Post, signed, new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("json body", (await answered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("body").GetString());
        using var otherBody = await SendAsync(anonymous, HttpMethod.Post, signed, new StringContent("""{"Body":"other"}""", Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblemAsync(otherBody, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Sign_Get_ParametersGoInTheSignedQueryString()
    {
        using var service = await ProtectedEchoAsync(factory);

        var signed = await SignAsync(service, "production", new { path = "/echo?Name=a%20b", method = "get", parameters = new Dictionary<string, string> { ["Body"] = "x & y" } });

        using var anonymous = factory.CreateAnonymousClient();
        using var answered = await SendAsync(anonymous, HttpMethod.Get, signed, content: null);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var echoed = await answered.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("a b", echoed.GetProperty("name").GetString());
        Assert.Equal("x & y", echoed.GetProperty("body").GetString());
    }

    [Fact]
    public async Task Sign_GetOfAProtectedAsset_AssetIsServedWithTheSignature()
    {
        using var service = await ProtectedEchoAsync(factory);
        await service.PutAssetAsync("/hold.xml", "<Response/>", visibility: "protected");

        var signed = await SignAsync(service, "production", new { path = "/hold.xml", method = "GET", parameters = new Dictionary<string, string> { ["CallSid"] = "CA1" } });

        using var anonymous = factory.CreateAnonymousClient();
        using var answered = await SendAsync(anonymous, HttpMethod.Get, signed, content: null);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("<Response/>", await answered.Content.ReadAsStringAsync());
        using var otherQuery = await SendAsync(anonymous, HttpMethod.Get, signed with { Path = $"/{service.Name}/hold.xml?CallSid=CA2" }, content: null);
        await ProblemAssert.IsProblemAsync(otherQuery, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Sign_OtherEnvironment_UsesItsPathFormAndItsOwnToken()
    {
        using var service = await ProtectedEchoAsync(factory);
        var deployed = await service.DeployAsync("/echo", TestScripts.Read("echo-event"), visibility: "protected");
        await service.CreateEnvironmentAsync("dev");
        await service.DeployBuildAsync("dev", deployed.GetProperty("buildId").GetInt32());
        using (var devToken = await service.Client.PutAsJsonAsync($"{service.Api}/environments/dev/variables/TWILIO_AUTH_TOKEN", new { value = "dev-token-abcdefabcdefabcdefabcdef", secret = true }))
        {
            Assert.Equal(HttpStatusCode.OK, devToken.StatusCode);
        }

        var form = new Dictionary<string, string> { ["Body"] = "dev" };
        var signed = await SignAsync(service, "dev", new { path = "/echo", method = "POST", parameters = form });

        Assert.Equal($"/{service.Name}@dev/echo", signed.Path);
        using var anonymous = factory.CreateAnonymousClient();
        using var answered = await SendAsync(anonymous, HttpMethod.Post, signed, new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);

        // Production checks with the default token, which did not sign this.
        var onProduction = signed with { Path = $"/{service.Name}/echo" };
        using var refused = await SendAsync(anonymous, HttpMethod.Post, onProduction, new FormUrlEncodedContent(form));
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Sign_PublicBaseUrl_SignsThePublicUrlTheCheckRebuilds()
    {
        await using var server = new PublicBaseUrlFactory();
        using var service = await ProtectedEchoAsync(server);
        var form = new Dictionary<string, string> { ["Body"] = "public" };

        var signed = await SignAsync(service, "production", new { path = "/echo", method = "POST", parameters = form });

        Assert.Equal($"{PublicBaseUrlFactory.BaseUrl}/{service.Name}/echo", signed.Url);
        using var anonymous = server.CreateAnonymousClient();
        using var answered = await SendAsync(anonymous, HttpMethod.Post, signed, new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
    }

    [Fact]
    public async Task Sign_NoAuthToken_Returns409()
    {
        using var service = await factory.CreateServiceAsync("sign");

        using var response = await service.Client.PostAsJsonAsync($"{service.Api}/environments/production/twilio-signature", new { path = "/echo", method = "POST" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("TWILIO_AUTH_TOKEN", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"path":"https://evil.example.com/x","method":"POST"}""", "path")]
    [InlineData("""{"path":"/../other/echo","method":"POST"}""", "path")]
    [InlineData("""{"method":"POST"}""", "path")]
    [InlineData("""{"path":"/echo","method":"PUT"}""", "method")]
    [InlineData("""{"path":"/echo","method":"GET","json":"{}"}""", "json")]
    [InlineData("""{"path":"/echo","method":"POST","json":"{}","parameters":{"a":"b"}}""", "parameters")]
    public async Task Sign_InvalidRequest_Returns400NamingTheField(string body, string field)
    {
        using var service = await ProtectedEchoAsync(factory);

        using var response = await service.Client.PostAsync($"{service.Api}/environments/production/twilio-signature", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Sign_AnotherServicesKeyOrUnknownEnvironment_Returns404()
    {
        using var owner = await ProtectedEchoAsync(factory);
        using var other = await factory.CreateServiceAsync("sign");
        var request = new { path = "/echo", method = "POST" };

        await ProblemAssert.IsProblemAsync(await other.Client.PostAsJsonAsync($"{owner.Api}/environments/production/twilio-signature", request), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await owner.Client.PostAsJsonAsync($"{owner.Api}/environments/nope/twilio-signature", request), HttpStatusCode.NotFound);
        using var anonymous = factory.CreateAnonymousClient();
        await ProblemAssert.IsProblemAsync(await anonymous.PostAsJsonAsync($"{owner.Api}/environments/production/twilio-signature", request), HttpStatusCode.Unauthorized);
    }

    private static async Task<TestService> ProtectedEchoAsync(ScriptHostFactory server)
    {
        var service = await server.CreateServiceAsync("sign");
        await service.DeployAsync("/echo", TestScripts.Read("echo-event"), visibility: "protected");
        await service.SetVariableAsync("TWILIO_AUTH_TOKEN", Token, secret: true);
        return service;
    }

    private static async Task<Signed> SignAsync(TestService service, string environment, object request)
    {
        using var response = await service.Client.PostAsJsonAsync($"{service.Api}/environments/{environment}/twilio-signature", request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonSerializer.Deserialize<Signed>(body, JsonSerializerOptions.Web)!;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, Signed signed, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, signed.Path) { Content = content };
        request.Headers.Add("X-Twilio-Signature", signed.Signature);
        return client.SendAsync(request);
    }

    private sealed record Signed(string Url, string Path, string Signature);

    private sealed class PublicBaseUrlFactory() : ScriptHostFactory(new Dictionary<string, string> { ["ScriptHost:PublicBaseUrl"] = BaseUrl })
    {
        public const string BaseUrl = "https://functions.example.com";
    }
}
