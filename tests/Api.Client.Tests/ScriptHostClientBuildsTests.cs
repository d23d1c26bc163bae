using System.Text;
using ScriptHost.Api.Client.Tests.Support;
using ScriptHost.Api.Contracts.Assets;
using ScriptHost.Api.Contracts.Builds;
using ScriptHost.Api.Contracts.Functions;

namespace ScriptHost.Api.Client.Tests;

[Collection(ServerCollection.Name)]
public sealed class ScriptHostClientBuildsTests(ServerFixture fixture)
{
    [Fact]
    public async Task CreateBuild_ValidBundle_CompletesWithItsFunctionsAssetsAndLib()
    {
        var (service, client) = await fixture.NewServiceAsync("builds");
        using var _ = client;
        var bundle = new BundleRequest(
            [new BundleFunction("hello", "return Greeting.Hello(Event.Get(\"name\") ?? \"world\");", "protected", TimeoutMs: 5000, MemoryMb: null)],
            [new BundleAsset("data.txt", "private", Convert.ToBase64String(Encoding.UTF8.GetBytes("data")), Sha256: null, ContentType: null)],
            [new BundleLibFile("lib/greeting.cs", "public static class Greeting\n{\n    public static string Hello(string name) => \"hello \" + name;\n}\n")]);

        var queued = await client.CreateBuildAsync(service, bundle);
        var build = await client.WaitForBuildAsync(service, queued.Id);

        Assert.Equal(BuildStatus.Completed, build.Status);
        Assert.Equal(BuildOrigin.Bundle, build.Origin);
        var function = Assert.Single(build.Functions);
        Assert.Equal(FunctionVisibility.Protected, function.Visibility);
        Assert.Equal(5000, function.TimeoutMs);
        Assert.Equal(AssetVisibility.Private, Assert.Single(build.Assets).Visibility);
        Assert.Equal("lib/greeting.cs", Assert.Single(build.Lib).Path);
        Assert.Equal(build.Id, (await client.GetBuildAsync(service, build.Id)).Id);
        Assert.Contains(await client.ListBuildsAsync(service, limit: 5), summary => summary.Id == build.Id && summary.FunctionCount == 1);
    }

    [Fact]
    public async Task CreateBuild_FunctionAndLibNamedBySha256_ReusesTheSourcesTheServiceHas()
    {
        var (service, client) = await fixture.NewServiceAsync("bysha");
        using var _ = client;
        var first = await client.WaitForBuildAsync(service, (await client.CreateBuildAsync(service, new BundleRequest(
            [new BundleFunction("hello", "return Greeting.Text;", "public", null, null)],
            null,
            [new BundleLibFile("lib/greeting.cs", "public static class Greeting\n{\n    public const string Text = \"hi\";\n}\n")]))).Id);
        await client.DeployBuildAsync(service, "production", first.Id);

        var second = await client.WaitForBuildAsync(service, (await client.CreateBuildAsync(service, new BundleRequest(
            [new BundleFunction("hello", Source: null, "private", null, null, Sha256: first.Functions[0].Sha256)],
            null,
            [new BundleLibFile("lib/greeting.cs", Source: null, Sha256: first.Lib[0].Sha256)]))).Id);

        Assert.Equal(BuildStatus.Completed, second.Status);
        Assert.Equal((first.Functions[0].Sha256, FunctionVisibility.Private), (second.Functions[0].Sha256, second.Functions[0].Visibility));
        Assert.Equal(first.Lib[0].Sha256, second.Lib[0].Sha256);
    }

    [Fact]
    public async Task CreateBuild_CompileError_FailsWithTheDiagnosticAtItsLine()
    {
        var (service, client) = await fixture.NewServiceAsync("failing");
        using var _ = client;

        var build = await ServerFixture.BuildAsync(client, service, ("broken", "var x = 1;\nreturn y;"));

        Assert.Equal(BuildStatus.Failed, build.Status);
        var error = Assert.Single(build.Diagnostics, diagnostic => diagnostic.Severity == BuildDiagnosticSeverity.Error);
        Assert.Equal("broken", error.File?.TrimStart('/'));
        Assert.Equal(2, error.Line);
        Assert.Equal(false, Assert.Single(build.Functions).Compiled);
    }

    [Fact]
    public async Task DeployBuildAndPromote_CompletedBuild_GoesLiveOnDevThenProduction()
    {
        var (service, client) = await fixture.NewServiceAsync("deploys");
        using var _ = client;
        await client.CreateEnvironmentAsync(service, "dev");
        var build = await ServerFixture.BuildAsync(client, service, ("ping", "return \"pong\";"));

        var deployed = await client.DeployBuildAsync(service, "dev", build.Id);
        var promoted = await client.PromoteAsync(service, fromEnvironment: "dev", toEnvironment: "production");

        Assert.Equal(("dev", build.Id, (string?)null), (deployed.Environment, deployed.BuildId, deployed.FromEnvironment));
        Assert.Equal(("production", build.Id, (string?)"dev"), (promoted.Environment, promoted.BuildId, promoted.FromEnvironment));
        Assert.Equal(deployed.Id, Assert.Single(await client.ListDeploymentsAsync(service, "dev")).Id);
        Assert.Equal(build.Id, (await client.GetEnvironmentAsync(service, "production")).LiveBuildId);

        var function = Assert.Single(await client.ListFunctionsAsync(service, environment: "dev"));
        Assert.Equal(FunctionVisibility.Public, function.Visibility);
        var details = await client.GetFunctionAsync(service, function.Path);
        Assert.Equal("return \"pong\";", details.Source);
        Assert.Equal(2, details.Live.Count);
        Assert.Empty(await client.ListAssetsAsync(service, environment: "dev"));
    }
}
