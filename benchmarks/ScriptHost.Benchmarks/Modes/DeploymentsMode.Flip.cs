using System.Diagnostics;
using ScriptHost.Benchmarks.Support;

namespace ScriptHost.Benchmarks.Modes;

internal static partial class DeploymentsMode
{
    /// <summary>Connections of the load on the flipping environment (the atomic-switch test uses 64).</summary>
    private const int FlipConnections = 64;

    /// <summary>Unrecorded flips before the latency samples.</summary>
    private const int FlipWarmUps = 4;

    /// <summary>How often the environment flips under load.</summary>
    private static readonly TimeSpan FlipInterval = TimeSpan.FromMilliseconds(100);

    // The journal is drained before every load round, so one round's background writes do not land in the next.
    private static readonly Func<WorkerPoolHealth, bool> JournalDrained = health => health.JournalPending == 0;

    /// <summary>
    /// Two completed builds of <paramref name="functions"/> SMS replies (A's answers marked "a", B's "b") on one
    /// environment, <c>dev</c>. First <paramref name="flips"/> deployments alternating between them with nothing else
    /// running, each <c>POST .../deployments</c> timed to its 201. Then wrk (<see cref="FlipConnections"/> connections)
    /// on one function of the environment in alternating rounds: quiet, then while a deployment flips the environment
    /// to the other build every <see cref="FlipInterval"/>.
    /// </summary>
    private static async Task<Flip> MeasureFlipsAsync(HttpClient client, string baseUrl, int functions, int flips, int rounds, int duration, int warmup)
    {
        const string service = "flip";
        const string environment = "dev";
        var apiKey = await ScriptHostServer.CreateServiceAsync(client, baseUrl, service);
        var builds = new ScriptHostBuilds(client, baseUrl, service, apiKey);
        await builds.CreateEnvironmentAsync(environment);
        var a = (await BuildAsync(builds, FunctionSources(functions, index => "a" + index))).Build.Id;
        var b = (await BuildAsync(builds, FunctionSources(functions, index => "b" + index))).Build.Id;
        var url = $"{baseUrl}/{service}@{environment}/f000";

        await builds.DeployAsync(environment, a);
        await Loopback.WaitAnswerAsync(client, url, body => body.Contains("a000 Thanks", StringComparison.Ordinal));
        var flipper = new Flipper(builds, environment, a, b);

        var latencies = new List<double>(flips);
        for (var flip = 1 - FlipWarmUps; flip <= flips; flip++)
        {
            var ms = await flipper.FlipAsync();
            if (flip > 0)
            {
                latencies.Add(ms);
            }
        }

        // Not recorded: JIT and tiering of the host's and the worker's hot paths under this load.
        await Wrk.RunAsync(url, FlipConnections, warmup);

        var quiet = new List<WrkResult>(rounds);
        var flipping = new List<FlipRound>(rounds);
        for (var round = 1; round <= rounds; round++)
        {
            await WorkerPoolHealth.WaitAsync(client, baseUrl, JournalDrained, "the journal drained");
            quiet.Add(await Wrk.RunAsync(url, FlipConnections, duration));

            await WorkerPoolHealth.WaitAsync(client, baseUrl, JournalDrained, "the journal drained");
            using var stop = new CancellationTokenSource();
            var flipsUnderLoad = flipper.FlipEveryAsync(FlipInterval, stop.Token);
            WrkResult load;
            try
            {
                load = await Wrk.RunAsync(url, FlipConnections, duration);
            }
            finally
            {
                await stop.CancelAsync();
            }

            flipping.Add(new FlipRound(load, await flipsUnderLoad));
        }

        // Whatever build the flips left live, the environment still answers from one of the two.
        await Loopback.WaitAnswerAsync(client, url, body => body.Contains("a000 Thanks", StringComparison.Ordinal) || body.Contains("b000 Thanks", StringComparison.Ordinal));

        var underLoad = flipping.SelectMany(r => r.FlipMs).ToList();
        return new Flip(
            functions,
            flips,
            Stats.Median(latencies),
            Stats.Percentile(latencies, 90),
            new FlipLoad(
                FlipConnections,
                duration,
                warmup,
                FlipInterval.TotalMilliseconds,
                rounds,
                Stats.Median(quiet.Select(r => r.Rps)),
                Stats.Median(flipping.Select(r => r.Load.Rps)),
                Stats.Median(quiet.Zip(flipping, (q, f) => f.Load.Rps / q.Rps)),
                Stats.Median(quiet.Select(r => r.P99Ms)),
                Stats.Median(flipping.Select(r => r.Load.P99Ms)),
                Stats.Median(quiet.Zip(flipping, (q, f) => f.Load.P99Ms / q.P99Ms)),
                underLoad.Count,
                Stats.Median(underLoad),
                Stats.Percentile(underLoad, 90),
                flipping.Sum(r => r.Load.Non2xx + r.Load.SocketErrors),
                quiet.Sum(r => r.Non2xx + r.SocketErrors),
                quiet,
                flipping),
            latencies);
    }

    /// <summary>Deploys the two builds in turn on one environment, each deployment timed from its POST to its 201.</summary>
    private sealed class Flipper(ScriptHostBuilds builds, string environment, int first, int second)
    {
        private bool _firstIsLive = true;

        public async Task<double> FlipAsync()
        {
            var started = Stopwatch.GetTimestamp();
            await builds.DeployAsync(environment, _firstIsLive ? second : first);
            _firstIsLive = !_firstIsLive;
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        /// <summary>
        /// Flips on every tick until stopped, one flip at a time (a flip slower than the interval delays the next: ticks
        /// do not pile up); a flip under way when stopped is finished, so the environment is never left mid-deployment.
        /// </summary>
        public async Task<List<double>> FlipEveryAsync(TimeSpan interval, CancellationToken stop)
        {
            var latencies = new List<double>();
            using var timer = new PeriodicTimer(interval);
            try
            {
                while (await timer.WaitForNextTickAsync(stop))
                {
                    latencies.Add(await FlipAsync());
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Stopped between flips.
            }

            return latencies;
        }
    }

    /// <summary>A load round with flips: wrk's figures, and each flip's latency under that load (ms).</summary>
    private sealed record FlipRound(WrkResult Load, List<double> FlipMs);

    /// <summary>The environment under load, quiet vs flipping: medians over rounds, per-round ratios' medians, and errors.</summary>
    private sealed record FlipLoad(
        int Connections,
        int DurationSeconds,
        int WarmupSeconds,
        double FlipIntervalMs,
        int Rounds,
        double QuietRps,
        double FlipRps,
        double RpsRatioMedian,
        double QuietP99Ms,
        double FlipP99Ms,
        double P99RatioMedian,
        int FlipsUnderLoad,
        double FlipUnderLoadP50Ms,
        double FlipUnderLoadP90Ms,
        long ErrorsDuringFlips,
        long ErrorsQuiet,
        List<WrkResult> QuietRounds,
        List<FlipRound> FlipRounds);

    /// <summary>Deployment flips: latency with nothing else running (median, p90, samples in ms), and the load beside them.</summary>
    private sealed record Flip(int Functions, int Flips, double LatencyP50Ms, double LatencyP90Ms, FlipLoad Load, List<double> LatencySamples);
}
