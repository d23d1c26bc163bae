using System.Globalization;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.Tests.LiteDb;

/// <summary>
/// Kills Storage.CrashWriter (its "builds" mode) with SIGKILL inside <see cref="IBuildStore.CompleteAsync"/> and inside a
/// deployment, over several rounds on one database, then reopens it as the server will (failing unfinished builds) and
/// checks that no build and no environment is half written.
/// </summary>
public sealed class BuildCrashTests
{
    private const string Service = "crash-builds";
    private const int FunctionsPerBuild = 40;
    private const string InterruptedReason = "interrupted by a restart";
    private static readonly CancellationToken None = CancellationToken.None;

    // Each kill point's delays are swept over its call, early to late: CompleteAsync of the writer's 40 functions took
    // about a second here under load (most of it writing 1.3 MB of images), a deployment a few milliseconds.
    [Theory]
    [InlineData("complete", new[] { 0, 3, 30, 150, 400, 800 })]
    [InlineData("deploy", new[] { 0, 1, 2, 4, 8, 16 })]
    public async Task KilledDuringWrite_AfterRestart_PreviousDeploymentLiveAndEveryBuildWhole(string killPoint, int[] killDelaysMilliseconds)
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.Store.DisposeAsync(); // the child process owns the file while it runs
        var runs = new List<IReadOnlyList<string>>();
        foreach (var delay in killDelaysMilliseconds)
        {
            runs.Add(await CrashWriterProcess.RunAsync(["builds", temporary.Options.DatabasePath, killPoint, delay.ToString(CultureInfo.InvariantCulture)], killWhen: null));
        }

        await temporary.ReopenAsync();
        var store = temporary.Store;
        await store.Builds.FailInterruptedAsync(InterruptedReason, None);

        // The kills landed where they were meant to: at least one run died with its last call unacknowledged.
        var started = killPoint == "complete" ? "completing " : "deploying ";
        Assert.Contains(runs, lines => lines[^1].StartsWith(started, StringComparison.Ordinal) || (killPoint == "deploy" && lines[^1].StartsWith("deployed dev ", StringComparison.Ordinal)));

        await AssertEveryBuildWholeAsync(store, runs.SelectMany(lines => lines).ToList());
        foreach (var environment in new[] { "dev", EnvironmentName.Production })
        {
            await AssertLiveIsTheNewestDeploymentAsync(store, environment, runs);
        }

        // Not corrupt: a new build deploys on top.
        var next = await store.Builds.CreateQueuedAsync(new BuildRequest(Service, BuildOrigin.Bundle, [], [], []), None);
        await store.Builds.CompleteAsync(Service, next.Id, [], [], None);
        Assert.Equal(next.Id, (await store.Deployments.DeployAsync(Service, EnvironmentName.Production, next.Id, None)).BuildId);
    }

    // Completed builds hold every function with its version and image; failed ones were interrupted and left nothing
    // behind; the versions of a path are exactly the completed builds' sources, numbered 1, 2, 3 … with no gap.
    private static async Task AssertEveryBuildWholeAsync(IScriptHostStore store, IReadOnlyList<string> lines)
    {
        var acknowledged = Numbers(lines, "completed ").ToHashSet();
        var builds = await store.Builds.ListBuildsAsync(Service, int.MaxValue, null, None);
        var completed = new List<int>();
        foreach (var summary in builds.OrderBy(build => build.Id))
        {
            var build = (await store.Builds.GetBuildAsync(Service, summary.Id, None))!;
            if (build.Status == BuildStatus.Completed)
            {
                completed.Add(build.Id);
                Assert.Equal(FunctionsPerBuild, build.Functions.Count);
                foreach (var function in build.Functions)
                {
                    var version = await store.Functions.GetVersionAsync(Service, function.Path, function.FunctionVersion, None);
                    Assert.Equal(SourceOf(build.Id, int.Parse(function.Path[2..], CultureInfo.InvariantCulture)), version!.Source);
                    Assert.Equal(32 * 1024, (await store.Blobs.GetImageAsync(Service, function.ImageKey, None))!.Value.Length);
                }
            }
            else
            {
                Assert.Equal((BuildStatus.Failed, InterruptedReason), (build.Status, build.FailureReason));
                Assert.Empty(build.Functions);
                Assert.DoesNotContain(build.Id, acknowledged);
            }
        }

        Assert.Subset(completed.ToHashSet(), acknowledged);
        for (var function = 0; function < FunctionsPerBuild; function += 13)
        {
            var sources = new List<string>();
            for (var number = 1; await store.Functions.GetVersionAsync(Service, $"/f{function}", number, None) is { } version; number++)
            {
                sources.Add(version.Source);
            }

            Assert.Equal(completed.Select(build => SourceOf(build, function)), sources);
        }
    }

    // What is live is the newest deployment of the environment's history, at least as new as the last one acknowledged,
    // and newer only by the one deployment the kill interrupted.
    private static async Task AssertLiveIsTheNewestDeploymentAsync(IScriptHostStore store, string environment, IReadOnlyList<IReadOnlyList<string>> runs)
    {
        var acknowledged = runs.SelectMany(lines => lines)
            .Where(line => line.StartsWith($"deployed {environment} ", StringComparison.Ordinal))
            .Select(line => line.Split(' '))
            .Select(parts => (Deployment: int.Parse(parts[2], CultureInfo.InvariantCulture), Build: int.Parse(parts[3], CultureInfo.InvariantCulture)))
            .ToList();
        var history = await store.Deployments.ListDeploymentsAsync(Service, environment, int.MaxValue, null, None);
        var live = await store.Deployments.GetLiveAsync(Service, environment, None);

        Assert.NotNull(live);
        Assert.Equal(history[0], live.Deployment);
        Assert.Equal(BuildStatus.Completed, live.Build.Status);
        Assert.Equal(live.Deployment.BuildId, live.Environment.LiveBuildId);
        Assert.Subset(history.Select(deployment => (deployment.Id, deployment.BuildId)).ToHashSet(), acknowledged.ToHashSet());
        Assert.True(history.Count - acknowledged.Count <= runs.Count, "more deployments stored than were started");
        Assert.True(live.Deployment.Id >= acknowledged.Max(deployment => deployment.Deployment));
    }

    private static IEnumerable<int> Numbers(IEnumerable<string> lines, string prefix) =>
        lines.Where(line => line.StartsWith(prefix, StringComparison.Ordinal)).Select(line => int.Parse(line[prefix.Length..], CultureInfo.InvariantCulture));

    private static string SourceOf(int buildId, int function) => $"return \"{buildId}/{function}\";";
}
