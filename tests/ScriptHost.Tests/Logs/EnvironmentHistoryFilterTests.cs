using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.TestSupport;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Logs;

/// <summary>Logs, invocation records and usage say which environment they come from, and filter by it.</summary>
public sealed class EnvironmentHistoryFilterTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    private readonly HttpClient _caller = factory.CreateAnonymousClient();

    [Fact]
    public async Task Query_WithEnvironment_ReturnsOnlyThatEnvironmentsLogsRecordsAndUsage()
    {
        using var service = await factory.CreateServiceAsync();
        var deployed = await service.DeployAsync("/hello", "Log.Info(\"hello from \" + Context.Env[\"WHERE\"]);\nreturn \"hi\";");
        await service.SetVariableAsync("WHERE", "production");
        await service.CreateEnvironmentAsync("dev");
        await service.DeployBuildAsync("dev", deployed.GetProperty("buildId").GetInt32());
        using (var set = await service.Client.PutAsJsonAsync($"{service.Api}/environments/dev/variables/WHERE", new { value = "dev" }))
        {
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }

        await _caller.GetStringAsync($"/{service.Name}/hello");
        await _caller.GetStringAsync($"/{service.Name}@dev/hello");
        await _caller.GetStringAsync($"/{service.Name}@dev/hello");

        var allLogs = await Eventually.MatchesAsync(() => GetArrayAsync(service, "logs", null), found => found.Length >= 3, "3 log lines");
        var devLogs = await GetArrayAsync(service, "logs", "dev");
        var devRecords = await Eventually.MatchesAsync(() => GetArrayAsync(service, "invocations", "dev"), found => found.Length >= 2, "2 dev records");
        var productionRecords = await GetArrayAsync(service, "invocations", "production");
        var month = DateTimeOffset.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var devUsage = await Eventually.MatchesAsync(
            () => service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/usage?month={month}&environment=dev"),
            usage => usage.GetProperty("invocations").GetInt64() >= 2,
            "2 dev invocations counted");

        Assert.Equal(3, allLogs.Length);
        Assert.Equal(2, devLogs.Length);
        Assert.All(devLogs, line => Assert.Equal("hello from dev", line.GetProperty("message").GetString()));
        Assert.All(devLogs, line => Assert.Equal("dev", line.GetProperty("environment").GetString()));
        Assert.Equal(2, devRecords.Length);
        Assert.All(devRecords, record => Assert.Equal("dev", record.GetProperty("environment").GetString()));
        Assert.Equal("production", Assert.Single(productionRecords).GetProperty("environment").GetString());
        Assert.Equal(2, devUsage.GetProperty("invocations").GetInt64());
        Assert.Equal("dev", Assert.Single(devUsage.GetProperty("functions").EnumerateArray()).GetProperty("environment").GetString());
    }

    [Theory]
    [InlineData("logs")]
    [InlineData("invocations")]
    [InlineData("usage")]
    public async Task Query_BadEnvironmentName_Returns400Problem(string route)
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.GetAsync($"{service.Api}/{route}?environment=Not%20A%20Name");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    private static async Task<JsonElement[]> GetArrayAsync(TestService service, string route, string? environment) =>
        await service.Client.GetFromJsonAsync<JsonElement[]>($"{service.Api}/{route}{(environment is null ? string.Empty : "?environment=" + environment)}") ?? [];
}
