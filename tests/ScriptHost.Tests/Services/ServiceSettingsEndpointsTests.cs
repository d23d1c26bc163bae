using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Services;

public sealed class ServiceSettingsEndpointsTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
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

        using var response = await service.Client.PutAsJsonAsync($"{service.Api}/settings", new
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

        using var response = await service.Client.PutAsync($"{service.Api}/settings", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
