using System.Net;
using System.Text;
using ScriptHost.Functions.TwilioLibrary;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Twilio;

/// <summary>
/// Protected functions answer only requests signed with the service's TWILIO_AUTH_TOKEN over the URL the server sees
/// (no PublicBaseUrl configured: the request's own scheme and host, http://localhost under the test server).
/// </summary>
public sealed class WebhookSignatureTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    private const string AuthToken = "12345678901234567890123456789012";
    private readonly HttpClient _caller = factory.CreateAnonymousClient();

    [Fact]
    public async Task Protected_SignedFormPost_RunsTheFunction()
    {
        using var service = await ProtectedServiceAsync();
        KeyValuePair<string, string>[] form = [new("From", "+15551234567"), new("Body", "hi & bye"), new("MediaUrl0", "a"), new("MediaUrl0", "b")];
        var path = $"/{service.Name}/sms?source=twilio";

        using var response = await _caller.SendAsync(Signed(HttpMethod.Post, path, new FormUrlEncodedContent(form), Sign($"http://localhost{path}", form)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<Message>hi +15551234567</Message>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Protected_SignedGet_RunsTheFunction()
    {
        using var service = await ProtectedServiceAsync();
        var path = $"/{service.Name}/sms?From=%2B15550001111";

        using var response = await _caller.SendAsync(Signed(HttpMethod.Get, path, null, Sign($"http://localhost{path}", [])));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Protected_SignedJsonPostWithBodyHash_RunsTheFunction()
    {
        using var service = await ProtectedServiceAsync();
        const string json = """{"From":"+15552223333"}""";
        var path = $"/{service.Name}/sms?bodySHA256={TwilioWebhookSigner.BodyHash(json)}";

        using var response = await _caller.SendAsync(Signed(HttpMethod.Post, path, new StringContent(json, Encoding.UTF8, "application/json"), Sign($"http://localhost{path}", [])));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("hi +15552223333", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Protected_Unsigned_Returns403Problem()
    {
        using var service = await ProtectedServiceAsync();

        using var response = await _caller.PostAsync($"/{service.Name}/sms", new FormUrlEncodedContent([new("From", "+1")]));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Protected_TamperedParameter_Returns403Problem()
    {
        using var service = await ProtectedServiceAsync();
        var path = $"/{service.Name}/sms";
        var signature = Sign($"http://localhost{path}", [new("From", "+15551234567")]);

        using var response = await _caller.SendAsync(Signed(HttpMethod.Post, path, new FormUrlEncodedContent([new("From", "+15559999999")]), signature));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Protected_SignedForAnotherUrl_Returns403Problem()
    {
        using var service = await ProtectedServiceAsync();
        KeyValuePair<string, string>[] form = [new("From", "+1")];
        var path = $"/{service.Name}/sms";

        using var response = await _caller.SendAsync(Signed(HttpMethod.Post, path, new FormUrlEncodedContent(form), Sign($"https://example.com{path}", form)));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Protected_SignedWithAnotherToken_Returns403Problem()
    {
        using var service = await ProtectedServiceAsync();
        KeyValuePair<string, string>[] form = [new("From", "+1")];
        var path = $"/{service.Name}/sms";
        var signature = TwilioWebhookSigner.Sign("another-token-another-token-0000", $"http://localhost{path}", form);

        using var response = await _caller.SendAsync(Signed(HttpMethod.Post, path, new FormUrlEncodedContent(form), signature));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Protected_JsonBodyNotMatchingItsHash_Returns403Problem()
    {
        using var service = await ProtectedServiceAsync();
        var path = $"/{service.Name}/sms?bodySHA256={TwilioWebhookSigner.BodyHash("""{"From":"+1"}""")}";

        using var response = await _caller.SendAsync(Signed(
            HttpMethod.Post, path, new StringContent("""{"From":"+2"}""", Encoding.UTF8, "application/json"), Sign($"http://localhost{path}", [])));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("?bodySHA256")]
    [InlineData("?source=twilio&bodySHA256")]
    public async Task Protected_JsonPostWithBodyHashWithoutValue_Returns403ProblemNot500(string query)
    {
        // Signed over the URL as received: only the hash has no value. Twilio's library throws
        // IndexOutOfRangeException reading a bodySHA256 without '='; the host's check reads the query itself and refuses.
        using var service = await ProtectedServiceAsync();
        var path = $"/{service.Name}/sms{query}";

        using var response = await _caller.SendAsync(Signed(
            HttpMethod.Post, path, new StringContent("""{"From":"+1"}""", Encoding.UTF8, "application/json"), Sign($"http://localhost{path}", [])));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Protected_ServiceWithoutAuthToken_Returns403Problem()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/sms", TestScripts.Read("sms-reply"), visibility: "protected");
        var path = $"/{service.Name}/sms";

        using var response = await _caller.SendAsync(Signed(HttpMethod.Get, path, null, Sign($"http://localhost{path}", [])));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Public_Unsigned_RunsTheFunction()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/open", "return \"open\";", visibility: "public");

        Assert.Equal("open", await _caller.GetStringAsync($"/{service.Name}/open"));
    }

    [Fact]
    public async Task Private_EvenSigned_Returns404Problem()
    {
        using var service = await factory.CreateServiceAsync();
        await service.SetVariableAsync("TWILIO_AUTH_TOKEN", AuthToken, secret: true);
        await service.DeployAsync("/hidden", "return \"hidden\";", visibility: "private");
        var path = $"/{service.Name}/hidden";

        using var response = await _caller.SendAsync(Signed(HttpMethod.Get, path, null, Sign($"http://localhost{path}", [])));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    private async Task<TestService> ProtectedServiceAsync()
    {
        var service = await factory.CreateServiceAsync("signed");
        await service.SetVariableAsync("TWILIO_AUTH_TOKEN", AuthToken, secret: true);
        await service.DeployAsync("/sms", TestScripts.Read("sms-reply"), visibility: "protected");
        return service;
    }

    private static string Sign(string url, IEnumerable<KeyValuePair<string, string>> parameters) =>
        TwilioWebhookSigner.Sign(AuthToken, url, parameters);

    private static HttpRequestMessage Signed(HttpMethod method, string path, HttpContent? content, string signature)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("X-Twilio-Signature", signature);
        return request;
    }
}
