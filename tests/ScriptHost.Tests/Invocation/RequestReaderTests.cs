using System.Net;
using System.Text;
using ScriptHost.Functions.TwilioLibrary;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Invocation;

/// <summary>
/// Bodies a function request cannot be read from answer a 4xx problem, never a 500, and never run the function; on a
/// protected function an unsigned request is refused (403) whatever its body, a signed one with such a body is 400.
/// </summary>
public sealed class RequestReaderTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    private const string AuthToken = "12345678901234567890123456789012";
    private readonly HttpClient _caller = factory.CreateAnonymousClient();

    public static TheoryData<string> UnreadableBodies => [.. Bodies.Keys];

    private static readonly Dictionary<string, (string ContentType, byte[] Body, HttpStatusCode Status)> Bodies = new()
    {
        ["json with an unknown charset"] = ("application/json; charset=utf-99", """{"a":1}"""u8.ToArray(), HttpStatusCode.UnsupportedMediaType),
        ["json with an unparsable content type"] = ("application/json; charset=\"", """{"a":1}"""u8.ToArray(), HttpStatusCode.UnsupportedMediaType),
        ["form of 1,025 fields"] = ("application/x-www-form-urlencoded", Utf8(string.Join('&', Enumerable.Range(0, 1025).Select(i => $"f{i}=1"))), HttpStatusCode.BadRequest),
        ["form field name of 2,049 characters"] = ("application/x-www-form-urlencoded", Utf8(new string('k', 2049) + "=1"), HttpStatusCode.BadRequest),
        ["multipart without its closing boundary"] = ("multipart/form-data; boundary=b", Utf8("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n"), HttpStatusCode.BadRequest),
        ["multipart of 1,025 fields"] = ("multipart/form-data; boundary=b", Utf8(string.Concat(Enumerable.Range(0, 1025).Select(i => $"--b\r\nContent-Disposition: form-data; name=\"f{i}\"\r\n\r\n1\r\n")) + "--b--\r\n"), HttpStatusCode.BadRequest),
        ["json with a lone surrogate value"] = ("application/json", """{"a":"\ud800"}"""u8.ToArray(), HttpStatusCode.BadRequest),
        ["json with a lone surrogate deep inside"] = ("application/json", """{"a":{"b":["x","\udc00"]}}"""u8.ToArray(), HttpStatusCode.BadRequest),
        ["json with a lone surrogate name"] = ("application/json", """{"\ud800":1}"""u8.ToArray(), HttpStatusCode.BadRequest),
        ["json with invalid UTF-8 in a string"] = ("application/json", [.. "{\"a\":\""u8.ToArray(), 0xC3, 0x28, .. "\"}"u8.ToArray()], HttpStatusCode.BadRequest),
    };

    [Theory]
    [MemberData(nameof(UnreadableBodies))]
    public async Task Invoke_UnreadableBody_AnswersProblemAndDoesNotRunTheFunction(string body)
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/count", TestScripts.Read("count-runs"));
        var (contentType, bytes, status) = Bodies[body];

        using var response = await _caller.SendAsync(Post($"/{service.Name}/count", contentType, bytes));

        await ProblemAssert.IsProblemAsync(response, status);
        Assert.Equal("1", await _caller.GetStringAsync($"/{service.Name}/count"));
    }

    [Theory]
    [MemberData(nameof(UnreadableBodies))]
    public async Task Invoke_ProtectedUnsignedWithUnreadableBody_Returns403Problem(string body)
    {
        using var service = await ProtectedServiceAsync();
        var (contentType, bytes, _) = Bodies[body];

        using var response = await _caller.SendAsync(Post($"/{service.Name}/count", contentType, bytes));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("1", await CallSignedAsync(service));
    }

    [Theory]
    [MemberData(nameof(UnreadableBodies))]
    public async Task Invoke_ProtectedSignedWithUnreadableBody_AnswersTheBodysProblemNotA500(string body)
    {
        using var service = await ProtectedServiceAsync();
        var (contentType, bytes, status) = Bodies[body];
        using var request = Post($"/{service.Name}/count", contentType, bytes);
        request.Headers.Add("X-Twilio-Signature", "c2lnbmF0dXJl");

        using var response = await _caller.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, status);
        Assert.Equal("1", await CallSignedAsync(service));
    }

    [Fact]
    public async Task Invoke_ProtectedSignedWithReadableBodyAndWrongSignature_Returns403Problem()
    {
        using var service = await ProtectedServiceAsync();
        using var request = Post($"/{service.Name}/count", "application/x-www-form-urlencoded", Utf8("From=%2B1"));
        request.Headers.Add("X-Twilio-Signature", "c2lnbmF0dXJl");

        using var response = await _caller.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Invoke_JsonInAKnownCharset_IsDecodedByIt()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/echo", TestScripts.Read("echo-event"));

        using var response = await _caller.SendAsync(Post($"/{service.Name}/echo", "application/json; charset=iso-8859-1", Encoding.Latin1.GetBytes("""{"Name":"Zoë"}""")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echoed = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Zoë", echoed.GetProperty("name").GetString());
    }

    private async Task<TestService> ProtectedServiceAsync()
    {
        var service = await factory.CreateServiceAsync();
        await service.SetVariableAsync("TWILIO_AUTH_TOKEN", AuthToken, secret: true);
        await service.DeployAsync("/count", TestScripts.Read("count-runs"), visibility: "protected");
        return service;
    }

    private async Task<string> CallSignedAsync(TestService service)
    {
        var path = $"/{service.Name}/count";
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent([]) };
        request.Headers.Add("X-Twilio-Signature", TwilioWebhookSigner.Sign(AuthToken, $"http://localhost{path}", []));
        using var response = await _caller.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static HttpRequestMessage Post(string path, string contentType, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
