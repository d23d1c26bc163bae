using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Logs;

public sealed class InvocationRecordEndpointsTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    private readonly HttpClient _caller = factory.CreateAnonymousClient();

    [Fact]
    public async Task Query_AfterCalls_ListsThemNewestFirstWithOutcomeAndErrorLine()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/ok", "return \"fine\";");
        await service.DeployAsync("/broken", "var zero = int.Parse(\"0\");\nreturn 1 / zero;");
        Assert.Equal("fine", await _caller.GetStringAsync($"/{service.Name}/ok"));
        using (var failed = await _caller.GetAsync($"/{service.Name}/broken"))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        }

        var records = await Eventually.MatchesAsync(() => QueryAsync(service, string.Empty), found => found.Count >= 2, "2 invocation records");

        Assert.Equal(["/broken", "/ok"], records.Select(r => r.GetProperty("function").GetString()));
        var broken = records[0];
        Assert.Equal("failed", broken.GetProperty("status").GetString());
        Assert.Equal(500, broken.GetProperty("httpStatus").GetInt32());
        Assert.Equal(2, broken.GetProperty("error").GetProperty("line").GetInt32());
        Assert.Contains("DivideByZero", broken.GetProperty("error").GetProperty("type").GetString(), StringComparison.Ordinal);
        var ok = records[1];
        Assert.Equal("succeeded", ok.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, ok.GetProperty("error").ValueKind);
        Assert.Equal(1, ok.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Query_StatusFunctionAndLimit_FilterTogether()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/ok", "return \"fine\";");
        await service.DeployAsync("/broken", "var zero = int.Parse(\"0\");\nreturn 1 / zero;");
        for (var call = 0; call < 3; call++)
        {
            await _caller.GetAsync($"/{service.Name}/ok");
            await _caller.GetAsync($"/{service.Name}/broken");
        }

        await Eventually.MatchesAsync(() => QueryAsync(service, string.Empty), found => found.Count >= 6, "6 invocation records");

        Assert.Equal(3, (await QueryAsync(service, "status=failed")).Count);
        Assert.All(await QueryAsync(service, "function=ok"), r => Assert.Equal("/ok", r.GetProperty("function").GetString()));
        Assert.Single(await QueryAsync(service, "function=broken&status=Failed&limit=1"));
        Assert.Empty(await QueryAsync(service, "function=ok&status=failed"));
    }

    [Theory]
    [InlineData("status=crashed")]
    [InlineData("status=1")]
    [InlineData("limit=0")]
    [InlineData("limit=5000")]
    public async Task Query_InvalidFilter_Returns400Problem(string query)
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.GetAsync($"{service.Api}/invocations?{query}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    private static async Task<List<JsonElement>> QueryAsync(TestService service, string query) =>
        [.. (await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/invocations?{query}")).EnumerateArray()];
}
