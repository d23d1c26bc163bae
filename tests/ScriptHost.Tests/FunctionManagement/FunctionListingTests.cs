using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Tests.Builds;
using ScriptHost.Tests.Support;
using static ScriptHost.Tests.Builds.Bundles;

namespace ScriptHost.Tests.FunctionManagement;

/// <summary>
/// The function listings show what is live — whichever route made it live — and the one-function routes change it
/// only through builds: a function only a bundle has is listed, another environment can be listed, a rollback keeps
/// the version number it rolls back to.
/// </summary>
public sealed class FunctionListingTests(BuildsFactory factory) : IClassFixture<BuildsFactory>
{
    [Fact]
    public async Task List_FunctionOnlyABundleBuildHas_IsListedWithItsDetail()
    {
        using var service = await factory.CreateServiceAsync("list-bundle");
        const string Source = "return \"from the bundle\";";
        var build = await BuildAsync(service.Client, service.Api, new { functions = new[] { Function("/bundled", Source, "protected") } });
        await service.DeployBuildAsync("production", build.GetProperty("id").GetInt32());

        var listed = Assert.Single((await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/functions")).EnumerateArray());
        var details = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/functions/bundled");

        Assert.Equal(
            ("/bundled", 1, "protected", Sha256(Source), $"http://localhost/{service.Name}/bundled"),
            (listed.GetProperty("path").GetString(), listed.GetProperty("activeVersion").GetInt32(), listed.GetProperty("visibility").GetString(),
                listed.GetProperty("sha256").GetString(), listed.GetProperty("url").GetString()));
        Assert.Equal(Source, details.GetProperty("source").GetString());
        Assert.Equal(listed.ToString(), details.GetProperty("function").ToString());
        var live = Assert.Single(details.GetProperty("live").EnumerateArray());
        Assert.Equal(("production", 1, build.GetProperty("id").GetInt32()), (live.GetProperty("environment").GetString(), live.GetProperty("version").GetInt32(), live.GetProperty("buildId").GetInt32()));
    }

    [Fact]
    public async Task List_EnvironmentQuery_ListsWhatThatEnvironmentServes()
    {
        using var service = await factory.CreateServiceAsync("list-env");
        await service.CreateEnvironmentAsync("dev");
        await service.DeployAsync("/both", "return \"production\";");
        var build = await BuildAsync(service.Client, service.Api, new
        {
            functions = new[] { Function("/both", "return \"dev\";"), Function("/dev-only", "return 2;", "private") },
        });
        await service.DeployBuildAsync("dev", build.GetProperty("id").GetInt32());

        var dev = (await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/functions?environment=dev")).EnumerateArray().ToList();
        var production = Assert.Single((await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/functions")).EnumerateArray());
        var details = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/functions/both?environment=dev");

        Assert.Equal(["/both", "/dev-only"], dev.Select(function => function.GetProperty("path").GetString()));
        Assert.Equal($"http://localhost/{service.Name}@dev/both", dev[0].GetProperty("url").GetString());
        Assert.Equal((2, 1), (dev[0].GetProperty("activeVersion").GetInt32(), production.GetProperty("activeVersion").GetInt32()));
        Assert.Equal("return \"dev\";", details.GetProperty("source").GetString());
        Assert.Equal(
            [("dev", 2), ("production", 1)],
            details.GetProperty("live").EnumerateArray().Select(live => (live.GetProperty("environment").GetString(), live.GetProperty("version").GetInt32())));
    }

    [Theory]
    [InlineData("functions?environment=stage")]
    [InlineData("functions/f?environment=stage")]
    [InlineData("functions?environment=Not%20A%20Name")]
    public async Task List_UnknownEnvironment_Returns404Problem(string route)
    {
        using var service = await factory.CreateServiceAsync("list-unknown");
        await service.DeployAsync("/f", "return 1;");

        using var response = await service.Client.GetAsync($"{service.Api}/{route}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Activate_VersionOneAfterAnIdenticalRedeploy_ListsAndServesVersionOne()
    {
        using var service = await factory.CreateServiceAsync("list-activate");
        await service.DeployAsync("/r", "return \"first\";");
        var redeployed = await service.DeployAsync("/r", "return \"first\";");
        await service.DeployAsync("/r", "return \"third\";");

        using var activated = await service.Client.PostAsync($"{service.Api}/functions/r/versions/1/activate", null);

        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        Assert.Equal(2, redeployed.GetProperty("version").GetInt32());
        var answer = await activated.Content.ReadFromJsonAsync<JsonElement>();
        var listed = Assert.Single((await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/functions")).EnumerateArray());
        Assert.Equal((1, 1), (answer.GetProperty("activeVersion").GetInt32(), listed.GetProperty("activeVersion").GetInt32()));
        Assert.Equal("first", await factory.CreateAnonymousClient().GetStringAsync($"/{service.Name}/r"));
        var build = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/builds/{answer.GetProperty("buildId").GetInt32()}");
        Assert.Equal(1, Named(build.GetProperty("functions"), "/r").GetProperty("version").GetInt32());
        var details = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/functions/r");
        Assert.Equal((3, 3), (details.GetProperty("latestVersion").GetInt32(), details.GetProperty("versions").GetArrayLength()));
    }

    [Fact]
    public async Task Delete_ThenListAndDeleteAgain_ListsNothingAndKeepsAnswering204ForItsHistory()
    {
        using var service = await factory.CreateServiceAsync("list-delete");
        await service.DeployAsync("/gone", "return 1;");
        await service.DeployAsync("/kept", "return 2;");

        using var deleted = await service.Client.DeleteAsync($"{service.Api}/functions/gone");
        using var again = await service.Client.DeleteAsync($"{service.Api}/functions/gone");
        using var rollback = await service.Client.PostAsync($"{service.Api}/functions/gone/versions/1/activate", null);

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (deleted.StatusCode, again.StatusCode));
        var listed = Assert.Single((await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/functions")).EnumerateArray());
        Assert.Equal("/kept", listed.GetProperty("path").GetString());
        var problem = await ProblemAssert.IsProblemAsync(rollback, HttpStatusCode.NotFound);
        Assert.Contains("not live on production", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var redeployed = await service.Client.PutAsJsonAsync($"{service.Api}/functions/gone", new { source = "return 3;" });
        Assert.Equal(HttpStatusCode.Created, redeployed.StatusCode);
        Assert.Equal(2, Named(await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/functions"), "/gone").GetProperty("activeVersion").GetInt32());
    }
}
