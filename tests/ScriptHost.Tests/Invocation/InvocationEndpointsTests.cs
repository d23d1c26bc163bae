using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ScriptHost.TestSupport;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Invocation;

public sealed class InvocationEndpointsTests(SmallResponseLimitFactory factory) : IClassFixture<SmallResponseLimitFactory>
{
    private readonly HttpClient _caller = factory.CreateAnonymousClient();

    [Fact]
    public async Task Invoke_Path_IsExactAndCaseSensitive()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/Hello/World", "return \"found\";");

        Assert.Equal("found", await _caller.GetStringAsync($"/{service.Name}/Hello/World"));
        await ProblemAssert.IsProblemAsync(await _caller.GetAsync($"/{service.Name}/hello/world"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await _caller.GetAsync($"/{service.Name}/Hello"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await _caller.GetAsync($"/{service.Name}/Hello/World/extra"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Invoke_AnyAnswer_CarriesTheInvocationIdItsRecordHas()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/ok", "return \"fine\";");
        await service.DeployAsync("/fails", TestScripts.Read("throws"));

        using var ok = await _caller.GetAsync($"/{service.Name}/ok");
        using var fails = await _caller.GetAsync($"/{service.Name}/fails");

        var okId = Assert.Single(ok.Headers.GetValues("X-Invocation-Id"));
        var failsId = Assert.Single(fails.Headers.GetValues("X-Invocation-Id"));
        Assert.StartsWith("inv_", okId, StringComparison.Ordinal);
        Assert.NotEqual(okId, failsId);
        var records = await Eventually.MatchesAsync(
            async () => (await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/invocations")).EnumerateArray().ToList(),
            records => records.Count == 2,
            "two invocation records");
        Assert.Equal("succeeded", records.Single(r => r.GetProperty("invocationId").GetString() == okId).GetProperty("status").GetString());
        Assert.Equal("failed", records.Single(r => r.GetProperty("invocationId").GetString() == failsId).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Invoke_UnknownService_Returns404Problem()
    {
        await ProblemAssert.IsProblemAsync(await _caller.GetAsync("/no-such-service/hello"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("api")]
    [InlineData("health")]
    [InlineData("openapi")]
    [InlineData("console")]
    [InlineData("metrics")]
    public async Task Invoke_ReservedFirstSegment_IsNeverAService(string segment)
    {
        using var response = await _caller.GetAsync($"/{segment}/anything");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("a/../b")]
    [InlineData("%2e%2e/secret.txt")]
    [InlineData("has%20space")]
    public async Task Invoke_BadPathCharacters_Returns400Problem(string rawPath)
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/b", "return \"b\";");

        using var response = await RawRequest.SendAsync(factory, "GET", $"/{service.Name}/{rawPath}", key: string.Empty);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Invoke_UnsupportedMethod_Returns405Problem()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/f", "return \"f\";");

        using var response = await _caller.PutAsync($"/{service.Name}/f", new StringContent("x"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Invoke_FormPost_MergesQueryAndBodyWithBodyWinningAndKeepsRepeatedValues()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/echo", TestScripts.Read("echo-event"));
        using var form = new FormUrlEncodedContent([new("Name", "from-body"), new("Tag", "a"), new("Tag", "b"), new("Body", "hello there")]);

        using var response = await _caller.PostAsync($"/{service.Name}/echo?Name=from-query&Tag=q&Only=query", form);

        var echoed = await ReadJsonAsync(response);
        Assert.Equal("from-body", echoed.GetProperty("name").GetString());
        Assert.Equal("hello there", echoed.GetProperty("body").GetString());
        Assert.Equal(["a", "b"], Strings(echoed.GetProperty("tags")));
        Assert.Equal(["Body", "Name", "Only", "Tag"], Strings(echoed.GetProperty("keys")));
        Assert.Equal(JsonValueKind.Null, echoed.GetProperty("countKind").ValueKind);
    }

    [Fact]
    public async Task Invoke_QueryWithRepeatedKeys_KeepsAllValues()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/echo", TestScripts.Read("echo-event"));

        var echoed = await ReadJsonAsync(await _caller.GetAsync($"/{service.Name}/echo?Tag=1&Tag=2&Tag=3&Name=n"));

        Assert.Equal(["1", "2", "3"], Strings(echoed.GetProperty("tags")));
        Assert.Equal("n", echoed.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Invoke_JsonPost_KeepsTypesInEventJsonAndFlattensTopLevelValues()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/echo", TestScripts.Read("echo-event"));
        using var json = new StringContent("""{"Name":"json","count":3,"Tag":["x","y"],"address":{"city":"Paris"}}""", Encoding.UTF8, "application/json");

        var echoed = await ReadJsonAsync(await _caller.PostAsync($"/{service.Name}/echo?Name=query", json));

        Assert.Equal("json", echoed.GetProperty("name").GetString());
        Assert.Equal("Number", echoed.GetProperty("countKind").GetString());
        Assert.Equal("Paris", echoed.GetProperty("nestedCity").GetString());
        Assert.Equal(["x", "y"], Strings(echoed.GetProperty("tags")));
    }

    [Fact]
    public async Task Invoke_MultipartPost_ReadsFields()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/echo", TestScripts.Read("echo-event"));
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent("multi"), "Name" },
            { new StringContent("m1"), "Tag" },
            { new StringContent("m2"), "Tag" },
        };

        var echoed = await ReadJsonAsync(await _caller.PostAsync($"/{service.Name}/echo", multipart));

        Assert.Equal("multi", echoed.GetProperty("name").GetString());
        Assert.Equal(["m1", "m2"], Strings(echoed.GetProperty("tags")));
    }

    [Fact]
    public async Task Invoke_MalformedJsonBody_Returns400Problem()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/echo", TestScripts.Read("echo-event"));

        using var response = await _caller.PostAsync($"/{service.Name}/echo", new StringContent("{\"Name\":", Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Invoke_BodyOverOneMegabyte_Returns413Problem()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/echo", "return Request.Body.Length.ToString();");

        using var response = await _caller.PostAsync($"/{service.Name}/echo", new ByteArrayContent(new byte[(1024 * 1024) + 1]));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal((1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture), await (await _caller.PostAsync($"/{service.Name}/echo", new ByteArrayContent(new byte[1024 * 1024]))).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invoke_ChunkedBodyOverOneMegabyte_Returns413Problem()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/echo", "return Request.Body.Length.ToString();");
        using var chunked = new UnknownLengthContent(new byte[2 * 1024 * 1024]);

        using var response = await _caller.PostAsync($"/{service.Name}/echo", chunked);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Invoke_Request_ExposesMethodPathLowerCasedHeadersCookiesAndRawBody()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/req", TestScripts.Read("echo-request"));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/{service.Name}/req?x=1")
        {
            Content = new StringContent("raw body ✓", Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("X-Custom-Header", "Custom-Value");
        request.Headers.Add("Cookie", "session=s-42; other=o");

        var echoed = await ReadJsonAsync(await _caller.SendAsync(request));

        Assert.Equal("POST", echoed.GetProperty("method").GetString());
        Assert.Equal($"/{service.Name}/req", echoed.GetProperty("path").GetString());
        Assert.Equal("Custom-Value", echoed.GetProperty("custom").GetString());
        Assert.True(echoed.GetProperty("headerNamesLowerCase").GetBoolean());
        Assert.Equal("s-42", echoed.GetProperty("session").GetString());
        Assert.Equal("raw body ✓", echoed.GetProperty("body").GetString());
    }

    [Fact]
    public async Task Invoke_Context_ExposesServiceFunctionDomainAndEnvironment()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/ctx/info", TestScripts.Read("echo-context"));
        await service.SetVariableAsync("GREETING", "hola");

        var echoed = await ReadJsonAsync(await _caller.GetAsync($"/{service.Name}/ctx/info"));

        Assert.Equal(service.Name, echoed.GetProperty("service").GetString());
        Assert.Equal("/ctx/info", echoed.GetProperty("path").GetString());
        Assert.Equal("localhost", echoed.GetProperty("domain").GetString());
        Assert.Equal("hola", echoed.GetProperty("greeting").GetString());
    }

    [Fact]
    public async Task Invoke_Store_SetsGetsListsAndDeletes()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/kv", TestScripts.Read("key-value"));
        var kv = $"/{service.Name}/kv";

        Assert.Equal("ok", await _caller.GetStringAsync($"{kv}?op=set&key=user:1&value=ada"));
        Assert.Equal("ok", await _caller.GetStringAsync($"{kv}?op=set&key=user:2&value=grace"));
        Assert.Equal("ok", await _caller.GetStringAsync($"{kv}?op=set&key=order:1&value=x"));
        Assert.Equal("ada", await _caller.GetStringAsync($"{kv}?op=get&key=user:1"));
        Assert.Equal("user:1,user:2", await _caller.GetStringAsync($"{kv}?op=list&prefix=user:"));
        Assert.Equal("deleted", await _caller.GetStringAsync($"{kv}?op=delete&key=user:1"));
        Assert.Equal("absent", await _caller.GetStringAsync($"{kv}?op=delete&key=user:1"));
        Assert.Equal("(missing)", await _caller.GetStringAsync($"{kv}?op=get&key=user:1"));
        Assert.Equal("order:1,user:2", await _caller.GetStringAsync($"{kv}?op=list"));
    }

    [Fact]
    public async Task Invoke_StoreOverServiceQuota_Answers500NamingTheQuota()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/kv", TestScripts.Read("key-value"));
        using var admin = factory.CreateAdminClient();
        using (var settings = await admin.PutAsJsonAsync($"{service.Api}/settings", new { keyValueMaxEntries = 1 }))
        {
            Assert.Equal(HttpStatusCode.OK, settings.StatusCode);
        }

        Assert.Equal("ok", await _caller.GetStringAsync($"/{service.Name}/kv?op=set&key=first&value=1"));
        var problem = await ProblemAssert.IsProblemAsync(await _caller.GetAsync($"/{service.Name}/kv?op=set&key=second&value=2"), HttpStatusCode.InternalServerError);

        Assert.EndsWith("QuotaExceededException", problem.GetProperty("errorType").GetString(), StringComparison.Ordinal);
        Assert.Equal("first", await _caller.GetStringAsync($"/{service.Name}/kv?op=list"));
    }

    [Fact]
    public async Task Invoke_HttpToHostOffTheAllowlist_Answers500EgressDenied()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/fetch", "return (await Http.GetAsync(\"http://not-allowed.example/\")).Body;");

        var problem = await ProblemAssert.IsProblemAsync(await _caller.GetAsync($"/{service.Name}/fetch"), HttpStatusCode.InternalServerError);

        Assert.Equal("ScriptHost.Functions.EgressDeniedException", problem.GetProperty("errorType").GetString());
        Assert.Contains("not-allowed.example", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_FunctionsInvokeAsync_CallsPrivateFunctionThatOutsidersCannotReach()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/helpers/double", TestScripts.Read("double"), visibility: "private");
        await service.DeployAsync("/call", TestScripts.Read("call-private"));

        Assert.Equal("200|text/plain; charset=utf-8|14", await _caller.GetStringAsync($"/{service.Name}/call?n=7"));
        await ProblemAssert.IsProblemAsync(await _caller.GetAsync($"/{service.Name}/helpers/double?n=7"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await _caller.PostAsync($"/{service.Name}/helpers/double", null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Invoke_ReturnsString_Answers200TextPlain()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/s", "return \"plain text\";");

        using var response = await _caller.GetAsync($"/{service.Name}/s");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("plain text", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invoke_ReturnsTwiml_Answers200TextXml()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/sms", TestScripts.Read("sms-reply"));
        using var form = new FormUrlEncodedContent([new("From", "+15551234567"), new("Body", "hello")]);

        using var response = await _caller.PostAsync($"/{service.Name}/sms", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Response><Message>hi +15551234567</Message></Response>",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invoke_ReturnsBuiltResponse_AnswersItsStatusHeadersCookiesAndJsonBody()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/built", TestScripts.Read("built-response"));

        using var response = await _caller.GetAsync($"/{service.Name}/built");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(["one", "two"], response.Headers.GetValues("X-Trace"));
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("session=abc123", cookie, StringComparison.Ordinal);
        foreach (var attribute in new[] { "path=/account", "httponly", "secure", "samesite=strict", "max-age=3600" })
        {
            Assert.Contains(attribute, cookie, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"ok":true,"count":2}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invoke_ReturnsResponseWithTextBody_AnswersTextWithItsStatus()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/t", "return new Response().SetStatusCode(418).SetBody(\"teapot\");");

        using var response = await _caller.GetAsync($"/{service.Name}/t");

        Assert.Equal((HttpStatusCode)418, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("teapot", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invoke_ReturnsResponseWithBytesAndContentType_AnswersTheBytes()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/b", "return new Response().AppendHeader(\"Content-Type\", \"image/gif\").SetBody(new byte[] { 71, 73, 70, 0, 255 });");

        using var response = await _caller.GetAsync($"/{service.Name}/b");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/gif", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([71, 73, 70, 0, 255], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Invoke_ReturnsNull_Answers200Empty()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/n", "return null;");

        using var response = await _caller.GetAsync($"/{service.Name}/n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Invoke_ReturnsOtherObject_AnswersJson()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/o", "return new { Message = \"hi\", Items = new[] { 1, 2 } };");

        using var response = await _caller.GetAsync($"/{service.Name}/o");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"message":"hi","items":[1,2]}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invoke_UncaughtException_Answers500WithTypeMessageAndScriptLine()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/throws", TestScripts.Read("throws"));

        var problem = await ProblemAssert.IsProblemAsync(await _caller.GetAsync($"/{service.Name}/throws"), HttpStatusCode.InternalServerError);

        Assert.Equal("System.InvalidOperationException", problem.GetProperty("errorType").GetString());
        Assert.Equal("the order was not found", problem.GetProperty("detail").GetString());
        Assert.Equal(4, problem.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Invoke_PastTimeLimit_Answers504Problem()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/slow", TestScripts.Read("slow"), timeoutMs: 300);

        var problem = await ProblemAssert.IsProblemAsync(await _caller.GetAsync($"/{service.Name}/slow"), HttpStatusCode.GatewayTimeout);

        Assert.Equal("TimeLimitExceeded", problem.GetProperty("errorType").GetString());
    }

    [Fact]
    public async Task Invoke_ResponseOverLimit_Answers500NamingTheLimit()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/big", $"return new string('x', {SmallResponseLimitFactory.MaxResponseBytes + 1});");

        var problem = await ProblemAssert.IsProblemAsync(await _caller.GetAsync($"/{service.Name}/big"), HttpStatusCode.InternalServerError);

        Assert.Equal("OutputLimitExceeded", problem.GetProperty("errorType").GetString());
        Assert.Contains("64 KB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_ResponseAtLimit_IsServed()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/edge", $"return new string('x', {SmallResponseLimitFactory.MaxResponseBytes});");

        using var response = await _caller.GetAsync($"/{service.Name}/edge");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SmallResponseLimitFactory.MaxResponseBytes, (await response.Content.ReadAsByteArrayAsync()).Length);
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
