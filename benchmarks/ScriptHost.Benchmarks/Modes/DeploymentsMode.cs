using System.Diagnostics;
using System.Globalization;
using ScriptHost.Benchmarks.Support;

namespace ScriptHost.Benchmarks.Modes;

/// <summary>
/// Builds and deployments (issue 12) against the published server, each beside a baseline from the same run: a new
/// version's deploy to its first answer through a one-function build deployed to <c>dev</c> (baseline: the one-function
/// <c>PUT</c>); a 100-function bundle built with every function compiled vs every image reused; and deployment flips
/// between two 100-function builds: their latency, and an environment's throughput while they flip (at most one every
/// 100 ms; baseline: the same load without flips).
/// </summary>
internal static partial class DeploymentsMode
{
    private const int Port = 5231;

    /// <summary>Unrecorded rounds before the deploy-to-first-answer samples (both paths).</summary>
    private const int FirstAnswerWarmUpRounds = 3;

    /// <summary>
    /// How often the build path asks whether its build has completed: at most this much waiting is added to a sample,
    /// while the polling leaves the 2 cores to the compile.
    /// </summary>
    private static readonly TimeSpan FirstAnswerPollInterval = TimeSpan.FromMilliseconds(2);

    /// <summary>Longest any one build may take before the mode gives up (a 100-function cold build on a busy 2-core machine takes seconds).</summary>
    private static readonly TimeSpan BuildLimit = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(Arguments args)
    {
        var scriptHostDll = Path.GetFullPath(args.String("scripthost", "src/ScriptHost/bin/Release/net10.0/ScriptHost.dll"));
        var rounds = args.Int("rounds", 50);
        var functions = args.Int("functions", 100);
        var bundleRounds = args.Int("bundle-rounds", 5);
        var flips = args.Int("flips", 100);
        var flipRounds = args.Int("flip-rounds", 3);
        var duration = args.Int("duration", 10);
        var warmup = args.Int("warmup", 10);
        var work = Directory.CreateTempSubdirectory("scripthost-bench-deployments-").FullName;
        try
        {
            using var client = Loopback.NewClient();
            // As shipped: functions in worker processes, so a flip's first call also loads the new build's function there.
            using var server = ScriptHostServer.Start(scriptHostDll, Path.Combine(work, "scripthost.db"), Port);
            await Loopback.WaitHealthyAsync(client, server.BaseUrl + "/health");

            var firstAnswer = await MeasureFirstAnswerAsync(client, server.BaseUrl, rounds);
            var bundle = await MeasureBundleAsync(client, server.BaseUrl, functions, bundleRounds);
            var flip = await MeasureFlipsAsync(client, server.BaseUrl, functions, flips, flipRounds, duration, warmup);

            Results.Write(args.String("out", "."), "deployments", new { firstAnswer, bundle, flip });
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// In each round, one new version through each path, each timed from its first request to the first 200 that
    /// answers with the new version's text: the one-function <c>PUT</c> (a build and deployment to production made
    /// for the caller, synchronously), then issue 12's own path: <c>POST .../builds</c> with a one-function bundle,
    /// <c>GET .../builds/{id}</c> every <see cref="FirstAnswerPollInterval"/> until completed, <c>POST
    /// .../environments/dev/deployments</c>, and <c>/{service}@dev/...</c>.
    /// </summary>
    private static async Task<FirstAnswer> MeasureFirstAnswerAsync(HttpClient client, string baseUrl, int rounds)
    {
        const string service = "deploy";
        var apiKey = await ScriptHostServer.CreateServiceAsync(client, baseUrl, service);
        var builds = new ScriptHostBuilds(client, baseUrl, service, apiKey);
        await builds.CreateEnvironmentAsync("dev");

        var simple = new List<double>(rounds);
        var viaBuild = new List<BuildPathRound>(rounds);
        // Rounds up to 0 are not recorded: the first compiles after a start pay Roslyn's JIT and its tier-up.
        for (var round = 1 - FirstAnswerWarmUpRounds; round <= rounds; round++)
        {
            var n = (round + FirstAnswerWarmUpRounds).ToString(CultureInfo.InvariantCulture);

            var started = Stopwatch.GetTimestamp();
            var simpleMarker = "s" + n;
            await ScriptHostServer.DeployAsync(client, baseUrl, apiKey, service, "simple", BenchmarkScripts.SmsMarked(simpleMarker));
            await Loopback.WaitAnswerAsync(client, $"{baseUrl}/{service}/simple", body => body.Contains(simpleMarker + " Thanks", StringComparison.Ordinal));
            var simpleMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

            started = Stopwatch.GetTimestamp();
            var buildMarker = "b" + n;
            var buildId = await builds.PostBundleAsync([("/issue", BenchmarkScripts.SmsMarked(buildMarker))]);
            await builds.WaitCompletedAsync(buildId, FirstAnswerPollInterval, BuildLimit);
            var builtMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            await builds.DeployAsync("dev", buildId);
            var deployedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            await Loopback.WaitAnswerAsync(client, $"{baseUrl}/{service}@dev/issue", body => body.Contains(buildMarker + " Thanks", StringComparison.Ordinal));
            var totalMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

            if (round > 0)
            {
                simple.Add(simpleMs);
                viaBuild.Add(new BuildPathRound(totalMs, builtMs, deployedMs - builtMs, totalMs - deployedMs));
            }
        }

        var totals = viaBuild.Select(r => r.TotalMs).ToList();
        return new FirstAnswer(
            rounds,
            FirstAnswerWarmUpRounds,
            FirstAnswerPollInterval.TotalMilliseconds,
            Stats.Median(simple),
            Stats.Percentile(simple, 90),
            Stats.Median(totals),
            Stats.Percentile(totals, 90),
            Stats.Median(totals) / Stats.Median(simple),
            Stats.Median(viaBuild.Select(r => r.BuildMs)),
            Stats.Median(viaBuild.Select(r => r.DeployMs)),
            Stats.Median(viaBuild.Select(r => r.FirstAnswerMs)),
            simple,
            viaBuild);
    }

    /// <summary>One new version through the build path: in all, and its phases (build until seen completed, deployment, first answer).</summary>
    private sealed record BuildPathRound(double TotalMs, double BuildMs, double DeployMs, double FirstAnswerMs);

    /// <summary>Deploy to first answer: the build path and the one-function PUT, medians and p90s in ms, and every sample.</summary>
    private sealed record FirstAnswer(
        int Rounds,
        int WarmUpRounds,
        double PollIntervalMs,
        double SimpleP50Ms,
        double SimpleP90Ms,
        double BuildPathP50Ms,
        double BuildPathP90Ms,
        double RatioP50,
        double BuildPhaseP50Ms,
        double DeployPhaseP50Ms,
        double AnswerPhaseP50Ms,
        List<double> SimpleSamples,
        List<BuildPathRound> BuildPathSamples);
}
