using System.Collections.Concurrent;
using System.Globalization;
using ScriptHost.Benchmarks.Support;

namespace ScriptHost.Benchmarks.Modes;

internal static partial class WorkersMode
{
    /// <summary>Concurrent callers of the abusive service: enough to keep a limit tripping at every moment of a round.</summary>
    private const int AbusiveCallers = 3;

    /// <summary>
    /// A normal service's SMS reply under wrk (<c>-t1 -c16</c>) in alternating rounds: quiet (nothing else runs), then
    /// under abuse (<see cref="AbusiveCallers"/> callers keep calling another service's functions that trip each limit:
    /// a framework call past its time limit, its worker killed; a string doubled past the memory limit; recursion past
    /// the stack limit; the last two recycle their worker). The host's and the workers' RSS are sampled throughout.
    /// </summary>
    private static async Task<Abuse> MeasureAbuseAsync(HttpClient client, ServerProcess workers, int rounds, int duration, int warmup, int prestarted)
    {
        const int connections = 16;
        var calm = await ScriptHostServer.CreateServiceAsync(client, workers.BaseUrl, "calm");
        await ScriptHostServer.DeployAsync(client, workers.BaseUrl, calm, "calm", "sms", BenchmarkScripts.SmsAutoReply);
        var url = $"{workers.BaseUrl}/calm/sms";
        await AnswerSmsAsync(client, url);

        // A new abusive service for each round, deleted after it, so none of its workers outlives its round. All are
        // deployed before the warm-up: a deploy compiles, and the compiler's tier-up JIT in the host (seconds of a core
        // after the first compiles) would otherwise land in the abused rounds and be charged to the abuse.
        var abusiveServices = new List<string>(rounds);
        for (var round = 1; round <= rounds; round++)
        {
            var abusive = "abusive-" + round.ToString(CultureInfo.InvariantCulture);
            var key = await ScriptHostServer.CreateServiceAsync(client, workers.BaseUrl, abusive);
            await ScriptHostServer.DeployAsync(client, workers.BaseUrl, key, abusive, "spin", BenchmarkScripts.FrameworkSpin, timeoutMs: 500, memoryMb: 256);
            await ScriptHostServer.DeployAsync(client, workers.BaseUrl, key, abusive, "memory", BenchmarkScripts.MemoryBomb);
            await ScriptHostServer.DeployAsync(client, workers.BaseUrl, key, abusive, "stack", BenchmarkScripts.DeepRecursion);
            abusiveServices.Add(abusive);
        }

        // Not recorded: JIT and tiering of the host's and the calm worker's hot paths under this load.
        await Wrk.RunAsync(url, connections, warmup);

        var quiet = new List<AbuseRound>(rounds);
        var abused = new List<AbuseRound>(rounds);
        var answers = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var endedBefore = (await WorkerPoolHealth.ReadAsync(client, workers.BaseUrl)).Ended;
        for (var round = 1; round <= rounds; round++)
        {
            // At rest: the calm service's worker and the pre-started ones, so every quiet round starts from the same pool.
            await WorkerPoolHealth.WaitAtRestAsync(client, workers.BaseUrl, prestarted, bound: 1);
            quiet.Add(await LoadRoundAsync(url, workers.Pid, connections, duration));

            var abusive = abusiveServices[round - 1];
            using var stop = new CancellationTokenSource();
            var callers = Enumerable.Range(0, AbusiveCallers).Select(c => AbuseAsync(client, $"{workers.BaseUrl}/{abusive}", c, answers, stop.Token)).ToList();
            await Task.Delay(TimeSpan.FromSeconds(1)); // every caller past its first call
            abused.Add(await LoadRoundAsync(url, workers.Pid, connections, duration));
            await stop.CancelAsync();
            await Task.WhenAll(callers);
            await ScriptHostServer.DeleteServiceAsync(client, workers.BaseUrl, abusive);
        }

        var endedAfter = (await WorkerPoolHealth.ReadAsync(client, workers.BaseUrl)).Ended;
        var ratios = quiet.Zip(abused, (q, a) => a.Rps / q.Rps).ToList();
        return new Abuse(
            rounds,
            duration,
            connections,
            AbusiveCallers,
            Stats.Median(quiet.Select(r => r.Rps)),
            Stats.Median(abused.Select(r => r.Rps)),
            Stats.Median(ratios),
            // Before any abuse: the first quiet round's peak is the host's RSS under the same load without it.
            quiet[0].Memory.HostRssMaxMb,
            abused.Max(r => r.Memory.HostRssMaxMb),
            quiet.Max(r => r.Memory.WorkersRssSumMaxMb),
            quiet.Max(r => r.Memory.WorkerRssMaxMb),
            abused.Max(r => r.Memory.WorkersRssSumMaxMb),
            abused.Max(r => r.Memory.WorkerRssMaxMb),
            new SortedDictionary<string, int>(answers, StringComparer.Ordinal),
            endedAfter.ToDictionary(e => e.Key, e => e.Value - endedBefore.GetValueOrDefault(e.Key)),
            quiet,
            abused);
    }

    private static async Task<AbuseRound> LoadRoundAsync(string url, int serverPid, int connections, int duration)
    {
        var sampler = MemorySampler.Start(serverPid);
        var load = await Wrk.RunAsync(url, connections, duration);
        return new AbuseRound(load.Rps, load.P50Ms, load.P99Ms, load.Non2xx + load.SocketErrors, await sampler.StopAsync());
    }

    /// <summary>One abusive caller: the three limit trips in turn (each caller starting at another), until stopped.</summary>
    private static async Task AbuseAsync(HttpClient client, string serviceUrl, int caller, ConcurrentDictionary<string, int> answers, CancellationToken stop)
    {
        string[] functions = ["spin", "memory", "stack"];
        for (var n = caller; !stop.IsCancellationRequested; n++)
        {
            var function = functions[n % functions.Length];
            string answer;
            try
            {
                using var response = await client.GetAsync($"{serviceUrl}/{function}", stop);
                answer = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpRequestException e)
            {
                answer = "error " + e.HttpRequestError;
            }

            answers.AddOrUpdate($"{function} {answer}", 1, (_, count) => count + 1);
        }
    }

    /// <summary>One wrk run of the calm service's SMS reply, with the memory peaks sampled during it.</summary>
    private sealed record AbuseRound(double Rps, double P50Ms, double P99Ms, long Errors, MemoryPeaks Memory);

    /// <summary>The calm service's throughput quiet and under abuse, the host's and the workers' RSS, and what the abuse got.</summary>
    private sealed record Abuse(
        int Rounds,
        int DurationSeconds,
        int Connections,
        int AbusiveCallers,
        double QuietRps,
        double AbuseRps,
        double RatioMedian,
        double HostRssBaselineMb,
        double HostRssAbuseMaxMb,
        double WorkersRssSumQuietMaxMb,
        double WorkerRssQuietMaxMb,
        double WorkersRssSumAbuseMaxMb,
        double WorkerRssAbuseMaxMb,
        SortedDictionary<string, int> AbusiveAnswers,
        Dictionary<string, long> WorkersEnded,
        List<AbuseRound> QuietRounds,
        List<AbuseRound> AbuseRounds);
}
