using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Health;

public sealed class HealthEndpointsTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    [Fact]
    public async Task Health_NoKey_ReportsOkStorageCompileCountAndJournal()
    {
        var health = await factory.CreateAnonymousClient().GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal("ok", health.GetProperty("storage").GetString());
        Assert.Equal(JsonValueKind.Number, health.GetProperty("scriptsCompiled").ValueKind);
        Assert.Equal(JsonValueKind.Number, health.GetProperty("compilesRunning").ValueKind);
        Assert.True(health.GetProperty("journalPending").GetInt64() >= 0);
        Assert.Equal(0, health.GetProperty("journalDroppedItems").GetInt64());
    }

    [Fact]
    public async Task OpenApiDocument_Requested_ListsTheManagementRoutes()
    {
        using var response = await factory.CreateAnonymousClient().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        string[] expected =
        [
            "/health",
            "/api/services",
            "/api/services/{service}",
            "/api/services/{service}/functions",
            "/api/services/{service}/functions/{path}",
            "/api/services/{service}/environment",
            "/api/services/{service}/environment/{name}",
            "/api/services/{service}/assets",
            "/api/services/{service}/assets/{path}",
            "/api/services/{service}/logs",
            "/api/services/{service}/logs/stream",
            "/api/services/{service}/usage",
            "/api/services/{service}/run",
            "/api/services/{service}/settings",
        ];
        Assert.All(expected, path => Assert.True(paths.Contains(path), $"{path} missing from: {string.Join(", ", paths.Order(StringComparer.Ordinal))}"));
    }
}
