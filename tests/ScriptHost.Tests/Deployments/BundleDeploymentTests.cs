using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Tests.Builds;
using ScriptHost.Tests.Hosting;
using ScriptHost.Tests.Support;
using static ScriptHost.Tests.Builds.Bundles;

namespace ScriptHost.Tests.Deployments;

/// <summary>
/// A bundle built through the builds API, then deployed: its functions answer with their shared code, from the images
/// the build stored (the deployment compiles nothing), and a one-function change on top keeps the shared code.
/// </summary>
public sealed class BundleDeploymentTests(BuildsFactory factory) : IClassFixture<BuildsFactory>
{
    private const string Helper = "public static class Greeter\n{\n    public static string Greet(string name) => $\"Hi {name}\";\n}\n";

    [Fact]
    public async Task Deploy_BundleWithSharedCode_ServesItsFunctionsWithoutCompiling()
    {
        using var service = await factory.CreateServiceAsync("bundle-deploy");
        await service.CreateEnvironmentAsync("dev");
        var build = await BuildAsync(service.Client, service.Api, new
        {
            functions = new[] { Function("/hi", "return Greeter.Greet(\"dev\");") },
            assets = new[] { Text("/note.txt", "a note") },
            lib = new[] { new { path = "lib/greeter.cs", source = Helper } },
        });
        Assert.True(build.GetProperty("status").GetString() == "completed", build.ToString());
        var compiledBefore = await RestartPersistenceTests.ScriptsCompiledAsync(factory);

        await service.DeployBuildAsync("dev", build.GetProperty("id").GetInt32());

        using var caller = factory.CreateAnonymousClient();
        Assert.Equal("Hi dev", await caller.GetStringAsync($"/{service.Name}@dev/hi"));
        Assert.Equal("a note", await caller.GetStringAsync($"/{service.Name}@dev/note.txt"));
        Assert.Equal(compiledBefore, await RestartPersistenceTests.ScriptsCompiledAsync(factory));
    }

    [Fact]
    public async Task PutFunction_OnTopOfABundleWithSharedCode_CompilesWithItsSharedCode()
    {
        using var service = await factory.CreateServiceAsync("bundle-put");
        var build = await BuildAsync(service.Client, service.Api, new
        {
            functions = new[] { Function("/hi", "return Greeter.Greet(\"one\");") },
            lib = new[] { new { path = "lib/greeter.cs", source = Helper } },
        });
        await service.DeployBuildAsync("production", build.GetProperty("id").GetInt32());

        var deployed = await service.DeployAsync("/other", "return Greeter.Greet(\"two\");");

        using var caller = factory.CreateAnonymousClient();
        Assert.Equal("Hi two", await caller.GetStringAsync($"/{service.Name}/other"));
        Assert.Equal("Hi one", await caller.GetStringAsync($"/{service.Name}/hi"));
        var latest = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/builds/{deployed.GetProperty("buildId").GetInt32()}");
        Assert.Equal("lib/greeter.cs", Assert.Single(latest.GetProperty("lib").EnumerateArray()).GetProperty("path").GetString());
    }

    [Fact]
    public async Task Build_UnchangedFunctionAndSharedCodeNamedBySha256_CompletesFromTheStoredSourcesAndServes()
    {
        using var service = await factory.CreateServiceAsync("bundle-by-hash");
        const string Source = "return Greeter.Greet(\"hash\");";
        var first = await BuildAsync(service.Client, service.Api, new
        {
            functions = new[] { Function("/hi", Source) },
            lib = new[] { new { path = "lib/greeter.cs", source = Helper } },
        });
        await service.DeployBuildAsync("production", first.GetProperty("id").GetInt32());

        var second = await BuildAsync(service.Client, service.Api, new
        {
            functions = new object[] { new { path = "/hi", sha256 = Sha256(Source) }, Function("/new", "return Greeter.Greet(\"new\");") },
            lib = new[] { new { path = "lib/greeter.cs", sha256 = Sha256(Helper) } },
        });

        Assert.True(second.GetProperty("status").GetString() == "completed", second.ToString());
        var hi = Named(second.GetProperty("functions"), "/hi");
        Assert.Equal(Sha256(Source), hi.GetProperty("sha256").GetString());
        Assert.True(hi.GetProperty("reused").GetBoolean());
        Assert.Equal(Sha256(Helper), Assert.Single(second.GetProperty("lib").EnumerateArray()).GetProperty("sha256").GetString());
        await service.DeployBuildAsync("production", second.GetProperty("id").GetInt32());
        using var caller = factory.CreateAnonymousClient();
        Assert.Equal("Hi hash", await caller.GetStringAsync($"/{service.Name}/hi"));
        Assert.Equal("Hi new", await caller.GetStringAsync($"/{service.Name}/new"));
    }
}
