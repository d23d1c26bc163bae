using ScriptHost.Api.Contracts.Assets;
using ScriptHost.Api.Contracts.Builds;
using ScriptHost.Api.Contracts.Functions;
using ScriptHost.Cli.Deploying;
using ScriptHost.Cli.Project;
using ScriptHost.Cli.Tests.Support;

namespace ScriptHost.Cli.Tests.Deploying;

public sealed class BundlePlannerTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Plan_NoLiveBuild_SendsEverythingInFull()
    {
        WriteFolder();

        var plan = BundlePlanner.Plan(ProjectScanner.Scan(_folder.Path), live: null, prune: false);

        Assert.Equal(3, plan.Sent.Count);
        Assert.Empty(plan.Unchanged);
        var function = Assert.Single(plan.Bundle.Functions!)!;
        Assert.Equal(("/a", "return 1;", "protected", (string?)null), (function.Path, function.Source, function.Visibility, function.Sha256));
        Assert.NotNull(Assert.Single(plan.Bundle.Assets!)!.ContentBase64);
        Assert.NotNull(Assert.Single(plan.Bundle.Lib!)!.Source);
    }

    [Fact]
    public void Plan_LiveBuildHasSameHashes_NamesThemBySha256AndKeepsServerLimits()
    {
        WriteFolder();
        var scan = ProjectScanner.Scan(_folder.Path);
        var live = Live(scan, extraFunction: null);

        var plan = BundlePlanner.Plan(scan, live, prune: false);

        Assert.Empty(plan.Sent);
        Assert.Equal(3, plan.Unchanged.Count);
        var function = Assert.Single(plan.Bundle.Functions!)!;
        Assert.Null(function.Source);
        Assert.Equal(scan.Functions[0].Sha256, function.Sha256);
        Assert.Equal(5000, function.TimeoutMs);
        Assert.Null(Assert.Single(plan.Bundle.Assets!)!.ContentBase64);
        Assert.Null(Assert.Single(plan.Bundle.Lib!)!.Source);
    }

    [Fact]
    public void Plan_RemoteOnlyFunction_CarriedOverAndListed_OrRemovedWithPrune()
    {
        WriteFolder();
        var scan = ProjectScanner.Scan(_folder.Path);
        var live = Live(scan, extraFunction: new BuildFunctionDto("/gone", FunctionVisibility.Private, 1, new string('c', 64), false, null, null, true));

        var kept = BundlePlanner.Plan(scan, live, prune: false);
        var pruned = BundlePlanner.Plan(scan, live, prune: true);

        Assert.Equal([new DeployItem("function", "/gone")], kept.WouldRemove);
        Assert.Contains(kept.Bundle.Functions!, function => function!.Path == "/gone" && function.Sha256 == new string('c', 64) && function.Visibility == "private");
        Assert.Equal([new DeployItem("function", "/gone")], pruned.Removed);
        Assert.DoesNotContain(pruned.Bundle.Functions!, function => function!.Path == "/gone");
    }

    [Theory]
    [InlineData("assets/x.protected.txt", "protected")]
    [InlineData("assets/x.private.txt", "private")]
    [InlineData("assets/x.txt", "public")]
    public void Plan_AssetVisibilityBySuffix_SentWithThatVisibility(string file, string visibility)
    {
        _folder.File("functions/a.csx", "return 1;");
        _folder.File(file, "x");

        var plan = BundlePlanner.Plan(ProjectScanner.Scan(_folder.Path), live: null, prune: false);

        var asset = Assert.Single(plan.Bundle.Assets!)!;
        Assert.Equal(("/x.txt", visibility), (asset.Path, asset.Visibility));
    }

    public void Dispose() => _folder.Dispose();

    private void WriteFolder()
    {
        _folder.File("functions/a.protected.csx", "return 1;");
        _folder.File("assets/x.txt", "x");
        _folder.File("lib/h.cs", "public static class H { }");
    }

    private static BuildDto Live(ProjectScan scan, BuildFunctionDto? extraFunction)
    {
        var function = scan.Functions[0];
        List<BuildFunctionDto> functions = [new(function.Path, FunctionVisibility.Protected, 1, function.Sha256, false, 5000, null, true)];
        if (extraFunction is not null)
        {
            functions.Add(extraFunction);
        }

        return new BuildDto(
            7,
            BuildStatus.Completed,
            BuildOrigin.Bundle,
            DateTimeOffset.UtcNow,
            DateTimeOffset.UtcNow,
            null,
            functions,
            [new BuildAssetDto(scan.Assets[0].Path, AssetVisibility.Public, "text/plain", scan.Assets[0].Sha256, 1)],
            [new BuildLibFileDto(scan.Lib[0].Path, scan.Lib[0].Sha256)],
            [],
            null);
    }
}
