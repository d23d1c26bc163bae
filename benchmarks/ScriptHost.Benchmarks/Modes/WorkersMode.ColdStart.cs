using System.Diagnostics;
using System.Globalization;
using ScriptHost.Benchmarks.Support;

namespace ScriptHost.Benchmarks.Modes;

internal static partial class WorkersMode
{
    /// <summary>
    /// For each of <paramref name="services"/> fresh services, on each server in turn: wait until the pool is at rest
    /// (the pre-started workers idle, nothing starting, the journal drained), create the service, deploy the SMS
    /// template, and time its first call, which on the workers server binds a pre-started worker that has never run a
    /// function. The service is deleted afterwards, so its worker goes and the pool keeps its size.
    /// </summary>
    private static async Task<ColdStart> MeasureColdStartAsync(HttpClient client, ServerProcess workers, ServerProcess inProcess, int services, int prestarted)
    {
        var workerSamples = new List<double>(services);
        var inProcessSamples = new List<double>(services);

        // Service 0 is not recorded: it pays each host's own first use (routes, journal, the first load context).
        for (var i = 0; i <= services; i++)
        {
            var name = "cold-" + i.ToString(CultureInfo.InvariantCulture);
            var worker = await FirstCallAsync(client, workers.BaseUrl, name, idle: prestarted);
            var inHost = await FirstCallAsync(client, inProcess.BaseUrl, name, idle: 0);
            if (i > 0)
            {
                workerSamples.Add(worker);
                inProcessSamples.Add(inHost);
            }
        }

        return new ColdStart(services, Stats.Median(workerSamples), Stats.Median(inProcessSamples), workerSamples, inProcessSamples);
    }

    private static async Task<double> FirstCallAsync(HttpClient client, string baseUrl, string service, int idle)
    {
        await WorkerPoolHealth.WaitAtRestAsync(client, baseUrl, idle, bound: 0);
        var apiKey = await ScriptHostServer.CreateServiceAsync(client, baseUrl, service);
        await ScriptHostServer.DeployAsync(client, baseUrl, apiKey, service, "sms", BenchmarkScripts.SmsAutoReply);

        var started = Stopwatch.GetTimestamp();
        await AnswerSmsAsync(client, $"{baseUrl}/{service}/sms");
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        await ScriptHostServer.DeleteServiceAsync(client, baseUrl, service);
        return elapsed;
    }

    /// <summary>First-call times in ms: medians and every sample, on a pre-started worker and in-process.</summary>
    private sealed record ColdStart(int Services, double WorkerFirstCallMs, double InProcessFirstCallMs, List<double> WorkerSamples, List<double> InProcessSamples);
}
