using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.FunctionManagement;

public sealed class FunctionEndpointsTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    private const string BrokenSource = "var x = 1;\nreturn y + x;";

    [Fact]
    public async Task Deploy_NewFunction_Returns201WithVersionHashAndUrl()
    {
        using var service = await factory.CreateServiceAsync();
        const string source = "return \"hello\";";

        using var response = await service.Client.PutAsJsonAsync($"{service.Api}/functions/greetings/hello", new { source, visibility = "public" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("/greetings/hello", body.GetProperty("path").GetString());
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source))), body.GetProperty("sha256").GetString());
        Assert.Equal($"http://localhost/{service.Name}/greetings/hello", body.GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Array, body.GetProperty("warnings").ValueKind);
    }

    [Fact]
    public async Task Deploy_ExistingFunction_Returns200WithNextVersionAndServesIt()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/v", "return \"one\";");

        using var response = await service.Client.PutAsJsonAsync($"{service.Api}/functions/v", new { source = "return \"two\";", visibility = "public" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        Assert.Equal("two", await factory.CreateAnonymousClient().GetStringAsync($"/{service.Name}/v"));
    }

    [Fact]
    public async Task Deploy_CompileError_Returns422WithPositionsAndPreviousVersionKeepsServing()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/stable", "return \"v1\";");

        using var response = await service.Client.PutAsJsonAsync($"{service.Api}/functions/stable", new { source = BrokenSource, visibility = "public" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal("CS0103", error.GetProperty("id").GetString());
        Assert.Contains("'y'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, error.GetProperty("line").GetInt32());
        Assert.Equal(8, error.GetProperty("column").GetInt32());
        Assert.Equal(2, error.GetProperty("endLine").GetInt32());
        Assert.Equal(9, error.GetProperty("endColumn").GetInt32());
        Assert.Equal("v1", await factory.CreateAnonymousClient().GetStringAsync($"/{service.Name}/stable"));
        var details = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/functions/stable");
        Assert.Single(details.GetProperty("versions").EnumerateArray());
    }

    [Fact]
    public async Task Deploy_WarningThenError_NameTheirSeverityInLowerCase()
    {
        using var service = await factory.CreateServiceAsync();
        const string unusedLocal = "static int F() { int unused = 1; return 2; }\nreturn F();";

        using var warned = await service.Client.PutAsJsonAsync($"{service.Api}/functions/warned", new { source = unusedLocal });
        using var broken = await service.Client.PutAsJsonAsync($"{service.Api}/functions/warned", new { source = BrokenSource });

        Assert.Equal(HttpStatusCode.Created, warned.StatusCode);
        var warning = Assert.Single((await warned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("warnings").EnumerateArray());
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        var problem = await ProblemAssert.IsProblemAsync(broken, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("error", Assert.Single(problem.GetProperty("errors").EnumerateArray()).GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Deploy_CompileErrorOnNewPath_CreatesNothing()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.PutAsJsonAsync($"{service.Api}/functions/broken", new { source = BrokenSource });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        await ProblemAssert.IsProblemAsync(await service.Client.GetAsync($"{service.Api}/functions/broken"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"visibility":"public"}""")]
    [InlineData("""{"source":"  "}""")]
    [InlineData("""{"source":"return 1;","visibility":"secret"}""")]
    [InlineData("""{"source":"return 1;","visibility":"1"}""")]
    [InlineData("""{"source":"return 1;","timeoutMs":5}""")]
    [InlineData("""{"source":"return 1;","timeoutMs":600000}""")]
    [InlineData("""{"source":"return 1;","memoryMb":0}""")]
    [InlineData("""{"source":"return 1;","memoryMb":100000}""")]
    public async Task Deploy_InvalidRequest_Returns400Problem(string json)
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.PutAsync($"{service.Api}/functions/f", Json(json));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Deploy_MalformedJson_Returns400Problem()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.PutAsync($"{service.Api}/functions/f", Json("""{"source": "return 1;" """));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Deploy_TextPlainBody_Returns415Problem()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.PutAsync($"{service.Api}/functions/f", new StringContent("return 1;", Encoding.UTF8, "text/plain"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Deploy_BodyOverOneMegabyte_Returns413Problem()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.PutAsJsonAsync($"{service.Api}/functions/big", new { source = "return 1; //" + new string('x', 1024 * 1024) });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Deploy_ChunkedBodyOverOneMegabyte_Returns413Problem()
    {
        using var service = await factory.CreateServiceAsync();
        var json = JsonSerializer.SerializeToUtf8Bytes(new { source = "return 1; //" + new string('x', 1024 * 1024) });
        using var chunked = new UnknownLengthContent(json, "application/json");

        using var response = await service.Client.PutAsync($"{service.Api}/functions/big", chunked);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Deploy_ChunkedBodyWithinLimit_IsAccepted()
    {
        using var service = await factory.CreateServiceAsync();
        using var chunked = new UnknownLengthContent(JsonSerializer.SerializeToUtf8Bytes(new { source = "return \"chunked\";" }), "application/json");

        using var response = await service.Client.PutAsync($"{service.Api}/functions/small", chunked);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("a/../b")]
    [InlineData("a/%2e%2e/b")]
    [InlineData("%2e%2e")]
    [InlineData("a/./b")]
    [InlineData("has%20space")]
    [InlineData("semi;colon")]
    [InlineData("a//b")]
    [InlineData("a/versions/2")]
    [InlineData("versions")]
    public async Task Deploy_BadPathCharacters_Returns400Problem(string rawPath)
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await RawRequest.SendAsync(
            factory, "PUT", $"{service.Api}/functions/{rawPath}", service.ApiKey, """{"source":"return 1;"}"""u8.ToArray(), "application/json");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task List_DeployedFunctions_DescribesEach()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/a", "return 1;");
        await service.DeployAsync("/b/c", "return 2;", visibility: "private", timeoutMs: 2000);

        var functions = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/functions");

        var byPath = functions.EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!);
        Assert.Equal(["/a", "/b/c"], byPath.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("public", byPath["/a"].GetProperty("visibility").GetString());
        Assert.Equal("private", byPath["/b/c"].GetProperty("visibility").GetString());
        Assert.Equal(2000, byPath["/b/c"].GetProperty("timeoutMs").GetInt32());
        Assert.Equal(1, byPath["/a"].GetProperty("activeVersion").GetInt32());
    }

    [Fact]
    public async Task Get_DeployedFunction_ReturnsSourceMetadataAndVersions()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/g", "return 1;");
        await service.DeployAsync("/g", "return 2;");

        var details = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/functions/g");

        Assert.Equal("return 2;", details.GetProperty("source").GetString());
        Assert.Equal(2, details.GetProperty("function").GetProperty("activeVersion").GetInt32());
        Assert.Equal(2, details.GetProperty("latestVersion").GetInt32());
        Assert.Equal([1, 2], details.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()).Order());
    }

    [Fact]
    public async Task GetVersion_OlderVersion_ReturnsItsSource()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/h", "return \"first\";");
        await service.DeployAsync("/h", "return \"second\";");

        var version = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/functions/h/versions/1");

        Assert.Equal(1, version.GetProperty("version").GetInt32());
        Assert.Equal("return \"first\";", version.GetProperty("source").GetString());
    }

    [Theory]
    [InlineData("versions/9")]
    [InlineData("versions/0")]
    [InlineData("versions/x")]
    public async Task GetVersion_MissingOrInvalid_ReturnsProblem(string suffix)
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/h", "return 1;");

        using var response = await service.Client.GetAsync($"{service.Api}/functions/h/{suffix}");

        await ProblemAssert.IsProblemAsync(response, suffix == "versions/9" ? HttpStatusCode.NotFound : HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Get_UnknownFunction_Returns404Problem()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.GetAsync($"{service.Api}/functions/nothing-here");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Activate_OlderVersion_RollsBackWhatIsServed()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/r", "return \"first\";");
        await service.DeployAsync("/r", "return \"second\";");
        using var anonymous = factory.CreateAnonymousClient();
        Assert.Equal("second", await anonymous.GetStringAsync($"/{service.Name}/r"));

        using var response = await service.Client.PostAsync($"{service.Api}/functions/r/versions/1/activate", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("activeVersion").GetInt32());
        Assert.Equal("first", await anonymous.GetStringAsync($"/{service.Name}/r"));
        var details = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/functions/r");
        Assert.Equal("return \"first\";", details.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Activate_UnknownVersion_Returns404Problem()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/r", "return 1;");

        using var response = await service.Client.PostAsync($"{service.Api}/functions/r/versions/5/activate", null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Post_WithoutActivateSuffix_Returns404Problem()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.PostAsync($"{service.Api}/functions/r", null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_DeployedFunction_Returns204StopsServingItAndKeepsItsVersions()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/gone", "return 1;");

        using var response = await service.Client.DeleteAsync($"{service.Api}/functions/gone");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await ProblemAssert.IsProblemAsync(await factory.CreateAnonymousClient().GetAsync($"/{service.Name}/gone"), HttpStatusCode.NotFound);
        Assert.Empty((await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/functions")).EnumerateArray());
        var details = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/functions/gone");
        Assert.Equal(JsonValueKind.Null, details.GetProperty("function").ValueKind);
        Assert.Empty(details.GetProperty("live").EnumerateArray());
        Assert.Equal([1], details.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task Delete_UnknownFunction_Returns404Problem()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.DeleteAsync($"{service.Api}/functions/never");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deploy_UnknownService_Returns404Problem()
    {
        using var admin = factory.CreateAdminClient();

        using var response = await admin.PutAsJsonAsync("/api/services/no-such-service/functions/f", new { source = "return 1;" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deploy_NoKey_Returns401Problem()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await factory.CreateAnonymousClient().PutAsJsonAsync($"{service.Api}/functions/f", new { source = "return 1;" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Deploy_AdminKey_IsAccepted()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await factory.CreateAdminClient().PutAsJsonAsync($"{service.Api}/functions/f", new { source = "return 1;" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
