using System.Diagnostics;
using System.Net;
using ScriptHost.Benchmarks.Support;

namespace ScriptHost.Benchmarks.Modes;

internal static partial class WorkersMode
{
    /// <summary>
    /// A service whose function runs one framework call past its 500 ms limit: each call answers 504 and the host kills
    /// the worker (counted in <c>/health</c> as ended by <c>TimeLimit</c>; the mode checks both). A killed worker is
    /// not an idle one, so the pool refills only when the service's next call takes a pre-started worker: the mode
    /// makes that call at once and times, from the 504, (1) the service answering again and (2) the pool back at
    /// <paramref name="prestarted"/> idle workers with the killed one gone: a replacement process started and ready.
    /// </summary>
    private static async Task<Replacement> MeasureReplacementAsync(HttpClient client, ServerProcess workers, int kills, int prestarted)
    {
        const string service = "replace";
        var apiKey = await ScriptHostServer.CreateServiceAsync(client, workers.BaseUrl, service);
        await ScriptHostServer.DeployAsync(client, workers.BaseUrl, apiKey, service, "spin", BenchmarkScripts.FrameworkSpin, timeoutMs: 500, memoryMb: 256);
        await ScriptHostServer.DeployAsync(client, workers.BaseUrl, apiKey, service, "sms", BenchmarkScripts.SmsAutoReply);
        await AnswerSmsAsync(client, $"{workers.BaseUrl}/{service}/sms");

        var nextAnswer = new List<double>(kills);
        var refilled = new List<double>(kills);
        for (var k = 0; k < kills; k++)
        {
            var before = await WorkerPoolHealth.WaitAtRestAsync(client, workers.BaseUrl, prestarted, bound: 1);
            using (var spin = await client.GetAsync($"{workers.BaseUrl}/{service}/spin"))
            {
                if (spin.StatusCode != HttpStatusCode.GatewayTimeout)
                {
                    throw new InvalidOperationException($"The framework-call spin answered {(int)spin.StatusCode}, not 504: {await spin.Content.ReadAsStringAsync()}");
                }
            }

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
        }

        await ScriptHostServer.DeleteServiceAsync(client, workers.BaseUrl, service);
        return new Replacement(kills, Stats.Median(nextAnswer), Stats.Median(refilled), nextAnswer, refilled);
    }

    /// <summary>Milliseconds from each 504: to the service's next answer, and to the pool refilled; medians and samples.</summary>
    private sealed record Replacement(int Kills, double NextAnswerMs, double PoolRefilledMs, List<double> NextAnswerSamples, List<double> PoolRefilledSamples);
}
