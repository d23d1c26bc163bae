using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Environments;

public sealed class EnvironmentManagementEndpointsTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    private readonly HttpClient _caller = factory.CreateAnonymousClient();

    [Fact]
    public async Task Create_ValidName_Returns201WithItsPathUrlAndNothingLive()
    {
        using var service = await factory.CreateServiceAsync();

        var created = await service.CreateEnvironmentAsync("dev");

        Assert.Equal("dev", created.GetProperty("name").GetString());
        Assert.Equal($"http://localhost/{service.Name}@dev/", created.GetProperty("urls").GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("urls").GetProperty("host").ValueKind);
        Assert.Equal(JsonValueKind.Null, created.GetProperty("liveBuildId").ValueKind);
    }

    [Fact]
    public async Task List_AfterADeploy_ShowsProductionAtTheServicePathWithWhatIsLive()
    {
        using var service = await factory.CreateServiceAsync();
        var deployed = await service.DeployAsync("/a", "return 1;");
        await service.CreateEnvironmentAsync("dev");

        var environments = await service.Client.GetFromJsonAsync<JsonElement[]>($"{service.Api}/environments");

        Assert.Equal(["dev", "production"], environments!.Select(e => e.GetProperty("name").GetString()));
        var production = environments![1];
        Assert.Equal($"http://localhost/{service.Name}/", production.GetProperty("urls").GetProperty("path").GetString());
        Assert.Equal(deployed.GetProperty("buildId").GetInt32(), production.GetProperty("liveBuildId").GetInt32());
        Assert.Equal(deployed.GetProperty("deploymentId").GetInt32(), production.GetProperty("liveDeploymentId").GetInt32());
    }

    [Theory]
    [InlineData("Dev")]
    [InlineData("")]
    [InlineData("with space")]
    [InlineData("a-name-that-is-far-longer-than-thirty-two")]
    public async Task Create_BadName_Returns400Problem(string name)
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.PostAsJsonAsync($"{service.Api}/environments", new { name });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Create_ExistingName_Returns409Problem()
    {
        using var service = await factory.CreateServiceAsync();
        await service.CreateEnvironmentAsync("dev");

        using var again = await service.Client.PostAsJsonAsync($"{service.Api}/environments", new { name = "dev" });
        using var production = await service.Client.PostAsJsonAsync($"{service.Api}/environments", new { name = "production" });

        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(production, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Create_HostLabelOfAnotherService_Returns409ProblemNamingTheOwner()
    {
        using var first = await factory.CreateServiceAsync("lbl");
        using var admin = factory.CreateAdminClient();
        var clashing = first.Name + "-dev";
        using (var created = await admin.PostAsJsonAsync("/api/services", new { name = clashing }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var response = await first.Client.PostAsJsonAsync($"{first.Api}/environments", new { name = "dev" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains(clashing, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_Environment_Returns204AndItsUrlAnswers404()
    {
        using var service = await factory.CreateServiceAsync();
        var deployed = await service.DeployAsync("/a", "return \"a\";");
        await service.CreateEnvironmentAsync("dev");
        await service.DeployBuildAsync("dev", deployed.GetProperty("buildId").GetInt32());
        Assert.Equal("a", await _caller.GetStringAsync($"/{service.Name}@dev/a"));

        using var deleted = await service.Client.DeleteAsync($"{service.Api}/environments/dev");
        using var again = await service.Client.DeleteAsync($"{service.Api}/environments/dev");
        using var call = await _caller.GetAsync($"/{service.Name}@dev/a");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(call, HttpStatusCode.NotFound);
        Assert.Equal("a", await _caller.GetStringAsync($"/{service.Name}/a"));
    }

    [Fact]
    public async Task Delete_Production_Returns409Problem()
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.DeleteAsync($"{service.Api}/environments/production");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Invoke_UnknownEnvironment_Returns404Problem()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/a", "return 1;");

        using var response = await _caller.GetAsync($"/{service.Name}@nowhere/a");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Invoke_FunctionNotInTheEnvironmentsBuild_Returns404Problem()
    {
        using var service = await factory.CreateServiceAsync();
        var first = await service.DeployAsync("/a", "return \"a\";");
        await service.DeployAsync("/b", "return \"b\";");
        await service.CreateEnvironmentAsync("dev");
        await service.DeployBuildAsync("dev", first.GetProperty("buildId").GetInt32());

        using var missing = await _caller.GetAsync($"/{service.Name}@dev/b");

        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.NotFound);
        Assert.Equal("b", await _caller.GetStringAsync($"/{service.Name}/b"));
    }
}
