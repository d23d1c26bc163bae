using System.Net;
using System.Net.Http.Json;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.FunctionManagement;

/// <summary>
/// One loaded script per function version of one service: what a function keeps in a static is never seen by another
/// service, another function, or another version of itself — even when they all deploy the very same source.
/// </summary>
public sealed class FunctionIsolationTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    // Answers how many times this load of the script has been called.
    private const string CounterSource = "class Counter { public static int Calls; }\nreturn (++Counter.Calls).ToString();";

    private readonly HttpClient _caller = factory.CreateAnonymousClient();

    [Fact]
    public async Task Invoke_TwoServicesDeployTheSameSource_EachSeesOnlyItsOwnStatics()
    {
        using var first = await factory.CreateServiceAsync("iso");
        using var second = await factory.CreateServiceAsync("iso");
        await first.DeployAsync("/count", CounterSource);
        await second.DeployAsync("/count", CounterSource);

        Assert.Equal("1", await CallAsync(first, "/count"));
        Assert.Equal("2", await CallAsync(first, "/count"));
        Assert.Equal("1", await CallAsync(second, "/count"));
        Assert.Equal("3", await CallAsync(first, "/count"));
        Assert.Equal("2", await CallAsync(second, "/count"));
    }

    [Fact]
    public async Task Invoke_TwoFunctionsOfOneServiceWithTheSameSource_EachHasItsOwnStatics()
    {
        using var service = await factory.CreateServiceAsync("iso");
        await service.DeployAsync("/count", CounterSource);
        await service.DeployAsync("/also-count", CounterSource);

        Assert.Equal("1", await CallAsync(service, "/count"));
        Assert.Equal("2", await CallAsync(service, "/count"));
        Assert.Equal("1", await CallAsync(service, "/also-count"));
    }

    [Fact]
    public async Task Invoke_RedeployOfTheIdenticalSource_StartsWithFreshStatics()
    {
        using var service = await factory.CreateServiceAsync("iso");
        await service.DeployAsync("/count", CounterSource);
        Assert.Equal("1", await CallAsync(service, "/count"));
        Assert.Equal("2", await CallAsync(service, "/count"));

        var redeployed = await service.DeployAsync("/count", CounterSource);

        Assert.Equal(2, redeployed.GetProperty("version").GetInt32());
        Assert.Equal("1", await CallAsync(service, "/count"));
    }

    [Fact]
    public async Task Invoke_RollbackToAnEarlierVersion_RunsThatVersionWithFreshStatics()
    {
        using var service = await factory.CreateServiceAsync("iso");
        await service.DeployAsync("/count", CounterSource);
        Assert.Equal("1", await CallAsync(service, "/count"));
        Assert.Equal("2", await CallAsync(service, "/count"));
        await service.DeployAsync("/count", "return \"v2\";");
        Assert.Equal("v2", await CallAsync(service, "/count"));

        using var rollback = await service.Client.PostAsync($"{service.Api}/functions/count/versions/1/activate", null);

        Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
        Assert.Equal("1", await CallAsync(service, "/count"));
    }

    [Fact]
    public async Task Invoke_FunctionDeletedThenDeployedAgain_StartsWithFreshStatics()
    {
        using var service = await factory.CreateServiceAsync("iso");
        await service.DeployAsync("/count", CounterSource);
        Assert.Equal("1", await CallAsync(service, "/count"));

        using var deleted = await service.Client.DeleteAsync($"{service.Api}/functions/count");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await service.DeployAsync("/count", CounterSource);

        Assert.Equal("1", await CallAsync(service, "/count"));
    }

    [Fact]
    public async Task Invoke_ServiceDeletedThenCreatedAgainWithTheSameFunction_StartsWithFreshStatics()
    {
        using var admin = factory.CreateAdminClient();
        using var service = await factory.CreateServiceAsync("iso");
        await service.DeployAsync("/count", CounterSource);
        Assert.Equal("1", await CallAsync(service, "/count"));

        using var deleted = await admin.DeleteAsync($"/api/services/{service.Name}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var recreated = await admin.PostAsJsonAsync("/api/services", new { name = service.Name });
        Assert.Equal(HttpStatusCode.Created, recreated.StatusCode);
        var key = System.Text.Json.JsonDocument.Parse(await recreated.Content.ReadAsStringAsync()).RootElement.GetProperty("apiKey").GetString()!;
        using var again = new TestService(service.Name, key, factory.CreateClientWithKey(key));
        await again.DeployAsync("/count", CounterSource);

        Assert.Equal("1", await CallAsync(again, "/count"));
    }

    [Fact]
    public async Task Run_SnippetWithTheSourceOfADeployedFunction_GetsALoadOfItsOwnEachTime()
    {
        using var service = await factory.CreateServiceAsync("iso");
        await service.DeployAsync("/count", CounterSource);
        Assert.Equal("1", await CallAsync(service, "/count"));

        Assert.Equal("1", await RunSnippetAsync(service));
        Assert.Equal("1", await RunSnippetAsync(service));
        Assert.Equal("2", await CallAsync(service, "/count"));
    }

    private static async Task<string?> RunSnippetAsync(TestService service)
    {
        using var response = await service.Client.PostAsJsonAsync($"{service.Api}/run", new { source = CounterSource });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("body").GetString();
    }

    private async Task<string> CallAsync(TestService service, string path) =>
        await _caller.GetStringAsync($"/{service.Name}{path}");
}
