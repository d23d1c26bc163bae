using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ScriptHost.Storage;
using ScriptHost.Storage.Builds;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Deployments;

public sealed class DeploymentEndpointsTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    private readonly HttpClient _caller = factory.CreateAnonymousClient();

    [Fact]
    public async Task Deploy_EarlierBuildToDev_DevAndProductionServeDifferentBuildsOfOnePath()
    {
        using var service = await factory.CreateServiceAsync();
        var first = await service.DeployAsync("/hello", "return \"one\";");
        await service.DeployAsync("/hello", "return \"two\";");
        await service.CreateEnvironmentAsync("dev");

        var deployment = await service.DeployBuildAsync("dev", first.GetProperty("buildId").GetInt32());

        Assert.Equal("dev", deployment.GetProperty("environment").GetString());
        Assert.Equal(first.GetProperty("buildId").GetInt32(), deployment.GetProperty("buildId").GetInt32());
        Assert.Equal("one", await _caller.GetStringAsync($"/{service.Name}@dev/hello"));
        Assert.Equal("two", await _caller.GetStringAsync($"/{service.Name}/hello"));
    }

    [Fact]
    public async Task Deploy_FromEnvironment_PromotesDevsBuildId()
    {
        using var service = await factory.CreateServiceAsync();
        var first = await service.DeployAsync("/hello", "return \"one\";");
        await service.DeployAsync("/hello", "return \"two\";");
        await service.CreateEnvironmentAsync("dev");
        await service.DeployBuildAsync("dev", first.GetProperty("buildId").GetInt32());

        using var response = await service.Client.PostAsJsonAsync($"{service.Api}/environments/production/deployments", new { fromEnvironment = "dev" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(first.GetProperty("buildId").GetInt32(), body.GetProperty("buildId").GetInt32());
        Assert.Equal("dev", body.GetProperty("fromEnvironment").GetString());
        Assert.Equal("one", await _caller.GetStringAsync($"/{service.Name}/hello"));
    }

    [Fact]
    public async Task Deploy_BuildOne_RollsProductionBackWithItsFunctionsAndAssets()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/hello", "return \"one\";");
        await service.PutAssetAsync("/note.txt", "first");
        await service.DeployAsync("/hello", "return \"two\";");
        await service.DeployAsync("/later", "return \"later\";");
        await service.PutAssetAsync("/note.txt", "second");
        Assert.Equal("second", await _caller.GetStringAsync($"/{service.Name}/note.txt"));

        await service.DeployBuildAsync("production", 1);

        Assert.Equal("one", await _caller.GetStringAsync($"/{service.Name}/hello"));
        using var later = await _caller.GetAsync($"/{service.Name}/later");
        await ProblemAssert.IsProblemAsync(later, HttpStatusCode.NotFound);
        using var note = await _caller.GetAsync($"/{service.Name}/note.txt");
        await ProblemAssert.IsProblemAsync(note, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_AfterDeployments_ShowsHistoryNewestFirst()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/a", "return 1;");
        await service.DeployAsync("/b", "return 2;");
        await service.DeployBuildAsync("production", 1);

        var history = await service.Client.GetFromJsonAsync<JsonElement[]>($"{service.Api}/environments/production/deployments");
        var page = await service.Client.GetFromJsonAsync<JsonElement[]>($"{service.Api}/environments/production/deployments?limit=1&before={history![0].GetProperty("id").GetInt32()}");

        Assert.Equal([1, 2, 1], history.Select(d => d.GetProperty("buildId").GetInt32()));
        Assert.True(history[0].GetProperty("id").GetInt32() > history[1].GetProperty("id").GetInt32());
        Assert.Equal(2, Assert.Single(page!).GetProperty("buildId").GetInt32());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"buildId":1,"fromEnvironment":"production"}""")]
    public async Task Deploy_NeitherOrBothSources_Returns400Problem(string json)
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/a", "return 1;");

        using var response = await service.Client.PostAsync(
            $"{service.Api}/environments/production/deployments", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Deploy_UnknownBuildOrEnvironment_Returns404Problem()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/a", "return 1;");

        using var unknownBuild = await service.Client.PostAsJsonAsync($"{service.Api}/environments/production/deployments", new { buildId = 99 });
        using var unknownEnvironment = await service.Client.PostAsJsonAsync($"{service.Api}/environments/nowhere/deployments", new { buildId = 1 });
        using var unknownSource = await service.Client.PostAsJsonAsync($"{service.Api}/environments/production/deployments", new { fromEnvironment = "nowhere" });
        using var unknownHistory = await service.Client.GetAsync($"{service.Api}/environments/nowhere/deployments");

        await ProblemAssert.IsProblemAsync(unknownBuild, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(unknownEnvironment, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(unknownSource, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(unknownHistory, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deploy_FromEnvironmentWithNothingLive_Returns409Problem()
    {
        using var service = await factory.CreateServiceAsync();
        await service.CreateEnvironmentAsync("dev");

        using var response = await service.Client.PostAsJsonAsync($"{service.Api}/environments/production/deployments", new { fromEnvironment = "dev" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("nothing live", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deploy_FailedOrQueuedBuild_Returns409ProblemNamingItsStatus()
    {
        using var service = await factory.CreateServiceAsync();
        var store = factory.Services.GetRequiredService<IScriptHostStore>();
        var queued = await store.Builds.CreateQueuedAsync(new BuildRequest(service.Name, BuildOrigin.Bundle, [], [], []), CancellationToken.None);
        var failing = await store.Builds.CreateQueuedAsync(new BuildRequest(service.Name, BuildOrigin.Bundle, [], [], []), CancellationToken.None);
        await store.Builds.FailAsync(service.Name, failing.Id, [], compiledPaths: null, "broken on purpose", CancellationToken.None);

        using var stillQueued = await service.Client.PostAsJsonAsync($"{service.Api}/environments/production/deployments", new { buildId = queued.Id });
        using var failed = await service.Client.PostAsJsonAsync($"{service.Api}/environments/production/deployments", new { buildId = failing.Id });

        Assert.Equal("queued", (await ProblemAssert.IsProblemAsync(stillQueued, HttpStatusCode.Conflict)).GetProperty("buildStatus").GetString());
        Assert.Equal("failed", (await ProblemAssert.IsProblemAsync(failed, HttpStatusCode.Conflict)).GetProperty("buildStatus").GetString());
    }
}
