using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Services;

public sealed class ServiceSettingsEndpointsTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>, IDisposable
{
    // The operator's client: only the admin key may change a quota, and the tests that set one do so as the operator.
    private readonly HttpClient _admin = factory.CreateAdminClient();

    public void Dispose() => _admin.Dispose();

    [Fact]
    public async Task Put_ServiceKeyChangesQuota_Returns403AndChangesNothing()
    {
        using var service = await factory.CreateServiceAsync();
        await PutAsync(service, """{"egressAllowedHosts":["api.example.com"],"keyValueMaxEntries":50}""");
        var before = await service.Client.GetStringAsync($"{service.Api}/settings");

        using var raise = await service.Client.PutAsync($"{service.Api}/settings", new StringContent("""{"corsAllowedOrigins":["https://app.example.com"],"keyValueMaxEntries":1000000}""", Encoding.UTF8, "application/json"));
        using var reset = await service.Client.PatchAsync($"{service.Api}/settings", new StringContent("""{"keyValueMaxEntries":null}""", Encoding.UTF8, "application/merge-patch+json"));

        await ProblemAssert.IsProblemAsync(raise, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(reset, HttpStatusCode.Forbidden);
        Assert.Equal(before, await service.Client.GetStringAsync($"{service.Api}/settings"));
    }

    [Fact]
    public async Task Patch_RunInProcess_OnlyTheAdminMayMoveAServiceIntoTheHostAndItsFunctionsStillAnswer()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/hi", "return \"hi\";");
        var body = """{"runInProcess":true}""";

        using var refused = await service.Client.PatchAsync($"{service.Api}/settings", new StringContent(body, Encoding.UTF8, "application/merge-patch+json"));
        using var moved = await _admin.PatchAsync($"{service.Api}/settings", new StringContent(body, Encoding.UTF8, "application/merge-patch+json"));

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Contains("\"runInProcess\":true", await service.Client.GetStringAsync($"{service.Api}/settings"), StringComparison.Ordinal);
        Assert.Equal("hi", await factory.CreateAnonymousClient().GetStringAsync($"/{service.Name}/hi"));
    }

    [Fact]
    public async Task Put_ServiceKeyKeepsQuota_ChangesTheOtherFields()
    {
        using var service = await factory.CreateServiceAsync();
        await PutAsync(service, """{"keyValueMaxEntries":50}""");
        var document = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/settings");

        using var same = await service.Client.PutAsync($"{service.Api}/settings", new StringContent(document.ToString().Replace("\"corsAllowedOrigins\":[]", "\"corsAllowedOrigins\":[\"https://app.example.com\"]", StringComparison.Ordinal), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        var settings = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/settings");
        Assert.Equal(["https://app.example.com"], Strings(settings, "corsAllowedOrigins"));
        Assert.Equal(50, settings.GetProperty("keyValueMaxEntries").GetInt32());
    }

    [Fact]
    public async Task Get_NewService_HasEmptyAllowlistsAndNoQuota()
    {
        using var service = await factory.CreateServiceAsync();

        var settings = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/settings");

        Assert.Empty(settings.GetProperty("egressAllowedHosts").EnumerateArray());
        Assert.Empty(settings.GetProperty("corsAllowedOrigins").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, settings.GetProperty("keyValueMaxEntries").ValueKind);
    }

    [Fact]
    public async Task Put_ValidSettings_AreReturnedAndReadBack()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await _admin.PutAsJsonAsync($"{service.Api}/settings", new
        {
            egressAllowedHosts = new[] { "api.example.com", "*.stripe.com" },
            corsAllowedOrigins = new[] { "https://app.example.com/" },
            keyValueMaxEntries = 100,
            keyValueMaxBytes = 65536,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var settings = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/settings");
        Assert.Equal(["api.example.com", "*.stripe.com"], settings.GetProperty("egressAllowedHosts").EnumerateArray().Select(h => h.GetString()));
        Assert.Equal(["https://app.example.com"], settings.GetProperty("corsAllowedOrigins").EnumerateArray().Select(h => h.GetString()));
        Assert.Equal(100, settings.GetProperty("keyValueMaxEntries").GetInt32());
        Assert.Equal(65536, settings.GetProperty("keyValueMaxBytes").GetInt64());
    }

    [Theory]
    [InlineData("""{"egressAllowedHosts":["*"]}""")]
    [InlineData("""{"corsAllowedOrigins":["not an origin"]}""")]
    [InlineData("""{"corsAllowedOrigins":["https://app.example.com/path"]}""")]
    [InlineData("""{"corsAllowedOrigins":["ftp://files.example.com"]}""")]
    [InlineData("""{"keyValueMaxEntries":-1}""")]
    [InlineData("""{"keyValueMaxBytes":""")]
    public async Task Put_InvalidSettings_Returns400Problem(string json)
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await _admin.PutAsync($"{service.Api}/settings", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Put_OneField_KeepsTheOthers()
    {
        using var service = await factory.CreateServiceAsync();
        await PutAsync(service, """{"egressAllowedHosts":["api.example.com"],"keyValueMaxEntries":50}""");

        using var response = await PutAsync(service, """{"corsAllowedOrigins":["https://app.example.com"]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var settings = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/settings");
        Assert.Equal(["api.example.com"], Strings(settings, "egressAllowedHosts"));
        Assert.Equal(["https://app.example.com"], Strings(settings, "corsAllowedOrigins"));
        Assert.Equal(50, settings.GetProperty("keyValueMaxEntries").GetInt32());
    }

    [Theory]
    [InlineData("application/merge-patch+json")]
    [InlineData("application/json")]
    public async Task Patch_MergePatch_SetsPresentFieldsResetsNullsAndKeepsAbsentOnes(string contentType)
    {
        using var service = await factory.CreateServiceAsync();
        await PutAsync(service, """{"egressAllowedHosts":["api.example.com"],"corsAllowedOrigins":["https://app.example.com"],"keyValueMaxEntries":50}""");

        using var response = await _admin.PatchAsync(
            $"{service.Api}/settings",
            new StringContent("""{"corsAllowedOrigins":null,"keyValueMaxBytes":1024}""", Encoding.UTF8, contentType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var settings = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/settings");
        Assert.Equal(["api.example.com"], Strings(settings, "egressAllowedHosts"));
        Assert.Empty(Strings(settings, "corsAllowedOrigins"));
        Assert.Equal(50, settings.GetProperty("keyValueMaxEntries").GetInt32());
        Assert.Equal(1024, settings.GetProperty("keyValueMaxBytes").GetInt64());
    }

    [Fact]
    public async Task Put_WholeDocumentFromGet_RoundTripsUnchanged()
    {
        using var service = await factory.CreateServiceAsync();
        await PutAsync(service, """{"egressAllowedHosts":["api.example.com"],"corsAllowedOrigins":["https://app.example.com"],"keyValueMaxEntries":50,"keyValueMaxBytes":2048}""");
        var before = await service.Client.GetStringAsync($"{service.Api}/settings");

        using var response = await PutAsync(service, before);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await service.Client.GetStringAsync($"{service.Api}/settings"));
    }

    [Fact]
    public async Task Put_HostsAndOrigins_AreStoredInTheirCanonicalForm()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await PutAsync(service, """{"egressAllowedHosts":["Bücher.Example.","api.example.com","API.example.com"],"corsAllowedOrigins":["HTTPS://App.Example.com:443/"]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var settings = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/settings");
        Assert.Equal(["xn--bcher-kva.example", "api.example.com"], Strings(settings, "egressAllowedHosts"));
        Assert.Equal(["https://app.example.com"], Strings(settings, "corsAllowedOrigins"));
    }

    [Theory]
    [InlineData("""{"egressAllowedHosts":["http://evil/"]}""", "egressAllowedHosts[0]")]
    [InlineData("""{"egressAllowedHosts":["ok.example.com","api.example.com:8443"]}""", "egressAllowedHosts[1]")]
    [InlineData("""{"egressAllowedHosts":["user@api.example.com"]}""", "egressAllowedHosts[0]")]
    [InlineData("""{"egressAllowedHosts":["api.example.com/v1"]}""", "egressAllowedHosts[0]")]
    [InlineData("""{"egressAllowedHosts":[42]}""", "egressAllowedHosts[0]")]
    [InlineData("""{"egressAllowedHosts":["\ud800.example.com"]}""", "egressAllowedHosts[0]")]
    [InlineData("""{"egressAllowedHosts":"api.example.com"}""", "egressAllowedHosts")]
    [InlineData("""{"corsAllowedOrigins":["https://app.example.com/?q=1"]}""", "corsAllowedOrigins[0]")]
    [InlineData("""{"corsAllowedOrigins":["https://user@app.example.com"]}""", "corsAllowedOrigins[0]")]
    [InlineData("""{"corsAllowedOrigins":["*","https://app.example.com"]}""", "corsAllowedOrigins")]
    [InlineData("""{"corsAllowedOrigins":{}}""", "corsAllowedOrigins")]
    [InlineData("""{"keyValueMaxEntries":1000001}""", "keyValueMaxEntries")]
    [InlineData("""{"keyValueMaxEntries":1.5}""", "keyValueMaxEntries")]
    [InlineData("""{"keyValueMaxEntries":"10"}""", "keyValueMaxEntries")]
    [InlineData("""{"keyValueMaxBytes":-1}""", "keyValueMaxBytes")]
    [InlineData("""{"keyValueMaxBytes":1e300}""", "keyValueMaxBytes")]
    [InlineData("""{"egressHosts":["api.example.com"]}""", "egressHosts")]
    [InlineData("""{"\ud800":1}""", "(a name that is not valid Unicode)")]
    public async Task Put_InvalidField_Returns400WithTheFieldsErrorAndChangesNothing(string json, string field)
    {
        using var service = await factory.CreateServiceAsync();
        await PutAsync(service, """{"egressAllowedHosts":["api.example.com"],"corsAllowedOrigins":["https://app.example.com"],"keyValueMaxEntries":50}""");
        var before = await service.Client.GetStringAsync($"{service.Api}/settings");

        using var response = await PutAsync(service, json);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.NotEmpty(messages.EnumerateArray());
        Assert.Equal(before, await service.Client.GetStringAsync($"{service.Api}/settings"));
    }

    [Fact]
    public async Task Put_SeveralInvalidFields_ReportsEachOne()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await PutAsync(service, """{"egressAllowedHosts":["http://evil/"],"corsAllowedOrigins":["ftp://x"],"keyValueMaxEntries":-5}""");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["corsAllowedOrigins[0]", "egressAllowedHosts[0]", "keyValueMaxEntries"], errors.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"text\"")]
    public async Task Put_NotAnObject_Returns400Problem(string json)
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await PutAsync(service, json);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Put_EmptyBody_Returns400Problem()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.PutAsync($"{service.Api}/settings", new StringContent(string.Empty, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    private Task<HttpResponseMessage> PutAsync(TestService service, string json) =>
        _admin.PutAsync($"{service.Api}/settings", new StringContent(json, Encoding.UTF8, "application/json"));

    private static IEnumerable<string?> Strings(JsonElement settings, string property) =>
        settings.GetProperty(property).EnumerateArray().Select(e => e.GetString()).ToList();
}
