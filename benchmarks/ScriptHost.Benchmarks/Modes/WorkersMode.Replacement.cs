using System.Diagnostics;
using System.Net;
using ScriptHost.Benchmarks.Support;

namespace ScriptHost.Benchmarks.Modes;

internal static partial class WorkersMode
{
    /// <summary>
    /// Services whose function runs one framework call past its 500 ms limit: each call answers 504 and the host kills
    /// the worker (counted in <c>/health</c> as ended by <c>TimeLimit</c>; the mode checks both). Each kill gets a
    /// service of its own (all deployed first, so no compile runs while timing), killed twice:
    /// <list type="number">
    /// <item>A first trip costs only the worker. A killed worker is not an idle one, so the pool refills only when the
    /// service's next call takes a pre-started worker: the mode makes that call at once and times, from the 504, (1)
    /// the service answering again and (2) the pool back at <paramref name="prestarted"/> idle workers with the killed
    /// one gone: a replacement process started and ready.</item>
    /// <item>A second trip within the penalty window penalizes the service: its next call waits for a worker of its
    /// own, started under the penalty's CPU cap; timed from the 504 to the answer.</item>
    /// </list>
    /// </summary>
    private static async Task<Replacement> MeasureReplacementAsync(HttpClient client, ServerProcess workers, int kills, int prestarted)
    {
        var services = new List<string>(kills);
        for (var k = 0; k < kills; k++)
        {
            var service = "replace-" + k.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var apiKey = await ScriptHostServer.CreateServiceAsync(client, workers.BaseUrl, service);
            await ScriptHostServer.DeployAsync(client, workers.BaseUrl, apiKey, service, "spin", BenchmarkScripts.FrameworkSpin, timeoutMs: 500, memoryMb: 256);
            await ScriptHostServer.DeployAsync(client, workers.BaseUrl, apiKey, service, "sms", BenchmarkScripts.SmsAutoReply);
            services.Add(service);
        }

        var nextAnswer = new List<double>(kills);
        var refilled = new List<double>(kills);
        var penalizedNextAnswer = new List<double>(kills);
        foreach (var service in services)
        {
            await WorkerPoolHealth.WaitAtRestAsync(client, workers.BaseUrl, prestarted, bound: 0);
            await AnswerSmsAsync(client, $"{workers.BaseUrl}/{service}/sms");
            var before = await WorkerPoolHealth.WaitAtRestAsync(client, workers.BaseUrl, prestarted, bound: 1);

            await SpinPastItsLimitAsync(client, workers, service);
            var answered = Stopwatch.GetTimestamp();
            await AnswerSmsAsync(client, $"{workers.BaseUrl}/{service}/sms");
            nextAnswer.Add(Stopwatch.GetElapsedTime(answered).TotalMilliseconds);

            var killed = before.EndedFor("TimeLimit") + 1;
            await WorkerPoolHealth.WaitAsync(
                client,
                workers.BaseUrl,
                h => h.EndedFor("TimeLimit") >= killed && h.Idle == prestarted && h.Starting == 0,
                "the spin's worker killed (ended TimeLimit) and the pool refilled");
            refilled.Add(Stopwatch.GetElapsedTime(answered).TotalMilliseconds);

            await SpinPastItsLimitAsync(client, workers, service);
            answered = Stopwatch.GetTimestamp();
            await AnswerSmsAsync(client, $"{workers.BaseUrl}/{service}/sms");
            penalizedNextAnswer.Add(Stopwatch.GetElapsedTime(answered).TotalMilliseconds);

            await ScriptHostServer.DeleteServiceAsync(client, workers.BaseUrl, service);
        }

        return new Replacement(kills, Stats.Median(nextAnswer), Stats.Median(refilled), Stats.Median(penalizedNextAnswer), nextAnswer, refilled, penalizedNextAnswer);
    }

    private static async Task SpinPastItsLimitAsync(HttpClient client, ServerProcess workers, string service)
    {
        using var spin = await client.GetAsync($"{workers.BaseUrl}/{service}/spin");
        if (spin.StatusCode != HttpStatusCode.GatewayTimeout)
        {
            throw new InvalidOperationException($"The framework-call spin answered {(int)spin.StatusCode}, not 504: {await spin.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>
    /// Milliseconds from each 504: to the service's next answer, and to the pool refilled, after a first trip; to the
    /// next answer after a second (penalized); medians and samples.
    /// </summary>
    private sealed record Replacement(
        int Kills,
        double NextAnswerMs,
        double PoolRefilledMs,
        double PenalizedNextAnswerMs,
        List<double> NextAnswerSamples,
        List<double> PoolRefilledSamples,
        List<double> PenalizedNextAnswerSamples);
}
