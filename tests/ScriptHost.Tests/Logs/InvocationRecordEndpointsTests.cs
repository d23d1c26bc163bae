using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.TestSupport;
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
    public async Task Query_ErrorMessageWithLoneSurrogate_IsStoredAndOtherServicesRecordsAreKept()
    {
        // The journal writes every service's records in one batch: text the store cannot encode must not fail the batch.
        using var hostile = await factory.CreateServiceAsync();
        using var neighbour = await factory.CreateServiceAsync();
        await hostile.DeployAsync("/throws", "throw new InvalidOperationException(\"bad \\ud800 text\");");
        await hostile.DeployAsync("/stores", "await Store.SetAsync(\"k\\ud800\", \"v\\udc00\");\nreturn \"stored\";");
        await neighbour.DeployAsync("/ok", "return \"fine\";");

        using (var failed = await _caller.GetAsync($"/{hostile.Name}/throws"))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        }

        using (var stored = await _caller.GetAsync($"/{hostile.Name}/stores"))
        {
            var problem = await ProblemAssert.IsProblemAsync(stored, HttpStatusCode.InternalServerError);
            Assert.Equal("System.ArgumentException", problem.GetProperty("errorType").GetString());
            Assert.Contains("surrogate", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal("fine", await _caller.GetStringAsync($"/{neighbour.Name}/ok"));

        var records = await Eventually.MatchesAsync(() => QueryAsync(hostile, string.Empty), found => found.Count >= 2, "2 invocation records");
        Assert.Equal("bad \ufffd text", records.Single(r => r.GetProperty("function").GetString() == "/throws").GetProperty("error").GetProperty("message").GetString());
        Assert.Single(await Eventually.MatchesAsync(() => QueryAsync(neighbour, string.Empty), found => found.Count >= 1, "the neighbour's record"));
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
