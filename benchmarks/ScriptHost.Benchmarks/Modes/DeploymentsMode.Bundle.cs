using System.Diagnostics;
using System.Globalization;
using ScriptHost.Benchmarks.Support;

namespace ScriptHost.Benchmarks.Modes;

internal static partial class DeploymentsMode
{
    /// <summary>
    /// How often a bundle's build is polled: builds of 100 functions take from tens of milliseconds (all reused) to
    /// seconds (all compiled); the server's own queued-to-completed time is kept beside it, free of polling.
    /// </summary>
    private static readonly TimeSpan BundlePollInterval = TimeSpan.FromMilliseconds(5);

    /// <summary>
    /// In each round, a bundle of <paramref name="functions"/> SMS replies whose sources no build has seen (each marked
    /// with its round and index), built from its POST until seen completed: every function compiles (checked: none
    /// reused). Then the very same bundle again: every image is reused (checked: all reused), so nothing compiles.
    /// </summary>
    private static async Task<Bundle> MeasureBundleAsync(HttpClient client, string baseUrl, int functions, int rounds)
    {
        const string service = "bundle";
        var apiKey = await ScriptHostServer.CreateServiceAsync(client, baseUrl, service);
        var builds = new ScriptHostBuilds(client, baseUrl, service, apiKey);

        var samples = new List<BundleRound>(rounds);
        for (var round = 1; round <= rounds; round++)
        {
            var marker = "r" + round.ToString(CultureInfo.InvariantCulture);
            var sources = FunctionSources(functions, index => marker + "f" + index);
            var (coldMs, cold) = await BuildAsync(builds, sources);
            if (cold.ReusedCount != 0)
            {
                throw new InvalidOperationException($"The cold build {cold.Id} reused {cold.ReusedCount} images: its sources were not fresh.");
            }

            var (reusedMs, reused) = await BuildAsync(builds, sources);
            if (reused.ReusedCount != functions)
            {
                throw new InvalidOperationException($"The rebuild {reused.Id} reused {reused.ReusedCount} of {functions} images.");
            }

            samples.Add(new BundleRound(coldMs, reusedMs, cold.ServerMs, reused.ServerMs));
        }

        var coldMedian = Stats.Median(samples.Select(s => s.ColdMs));
        var reusedMedian = Stats.Median(samples.Select(s => s.ReusedMs));
        return new Bundle(
            functions,
            rounds,
            BundlePollInterval.TotalMilliseconds,
            coldMedian,
            reusedMedian,
            Stats.Median(samples.Select(s => s.ReusedMs / s.ColdMs)),
            coldMedian / functions,
            reusedMedian / functions,
            Stats.Median(samples.Select(s => s.ColdServerMs)),
            Stats.Median(samples.Select(s => s.ReusedServerMs)),
            samples);
    }

    /// <summary>Posts a bundle and waits until its build has completed: the wall time the caller sees, and the build.</summary>
    private static async Task<(double Ms, BuildState Build)> BuildAsync(ScriptHostBuilds builds, IReadOnlyList<(string Path, string Source)> sources)
    {
        var started = Stopwatch.GetTimestamp();
        var id = await builds.PostBundleAsync(sources);
        var build = await builds.WaitCompletedAsync(id, BundlePollInterval, BuildLimit);
        return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, build);
    }

    /// <summary><paramref name="count"/> functions <c>/f000</c>, <c>/f001</c>, ..., each the SMS reply marked by <paramref name="marker"/> of its index.</summary>
    private static List<(string Path, string Source)> FunctionSources(int count, Func<string, string> marker) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var index = i.ToString("000", CultureInfo.InvariantCulture);
            return ("/f" + index, BenchmarkScripts.SmsMarked(marker(index)));
        })];

    /// <summary>One round: wall times (POST to seen completed) and the server's own build times, in ms.</summary>
    private sealed record BundleRound(double ColdMs, double ReusedMs, double ColdServerMs, double ReusedServerMs);

    /// <summary>A bundle built cold and rebuilt with every image reused: medians over rounds, per function, and every round.</summary>
    private sealed record Bundle(
        int Functions,
        int Rounds,
        double PollIntervalMs,
        double ColdMs,
        double ReusedMs,
        double RatioMedian,
        double ColdPerFunctionMs,
        double ReusedPerFunctionMs,
        double ColdServerMs,
        double ReusedServerMs,
        List<BundleRound> RoundSamples);
}
