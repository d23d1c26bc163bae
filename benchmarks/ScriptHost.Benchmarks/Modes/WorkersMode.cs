using System.Globalization;
using ScriptHost.Benchmarks.Support;

namespace ScriptHost.Benchmarks.Modes;

/// <summary>
/// The worker tier against the published server: a service's first call on a fresh pool worker (baseline: the same
/// first call in-process), the time to replace a worker killed at its time limit, and a normal service's throughput
/// and the host's memory while another service keeps tripping every limit (baseline: the same load without it).
/// </summary>
internal static partial class WorkersMode
{
    private const int WorkersPort = 5221;
    private const int InProcessPort = 5222;

    // The abuse keeps killing and crashing workers on purpose: a function that ends workers this often is otherwise
    // suspended (503 for 30 s) after the third, and would stop tripping limits.
    private const int CrashesBeforeSuspension = 1000;

    public static async Task<int> RunAsync(Arguments args)
    {
        var scriptHostDll = Path.GetFullPath(args.String("scripthost", "src/ScriptHost/bin/Release/net10.0/ScriptHost.dll"));
        var services = args.Int("services", 20);
        var replacements = args.Int("replacements", 10);
        var rounds = args.Int("rounds", 3);
        var duration = args.Int("duration", 10);
        var warmup = args.Int("warmup", 10);
        var prestarted = args.Int("prestarted", 2);
        var work = Directory.CreateTempSubdirectory("scripthost-bench-workers-").FullName;
        try
        {
            using var client = Loopback.NewClient();
            using var workers = ScriptHostServer.Start(scriptHostDll, Path.Combine(work, "workers.db"), WorkersPort, new Dictionary<string, string>
            {
                ["ScriptHost__Isolation"] = "Process",
                ["ScriptHost__Workers__Prestarted"] = prestarted.ToString(CultureInfo.InvariantCulture),
                ["ScriptHost__Workers__CrashesBeforeSuspension"] = CrashesBeforeSuspension.ToString(CultureInfo.InvariantCulture),
            });
            await Loopback.WaitHealthyAsync(client, workers.BaseUrl + "/health");
            var atStart = await WorkerPoolHealth.WaitAtRestAsync(client, workers.BaseUrl, idle: prestarted, bound: 0);

            ColdStart coldStart;
            using (var inProcess = ScriptHostServer.Start(scriptHostDll, Path.Combine(work, "inprocess.db"), InProcessPort, new Dictionary<string, string>
            {
                ["ScriptHost__Isolation"] = "InProcess",
            }))
            {
                await Loopback.WaitHealthyAsync(client, inProcess.BaseUrl + "/health");
                coldStart = await MeasureColdStartAsync(client, workers, inProcess, services, prestarted);
            }

            var replacement = await MeasureReplacementAsync(client, workers, replacements, prestarted);
            var abuse = await MeasureAbuseAsync(client, workers, rounds, duration, warmup, prestarted);

            Results.Write(args.String("out", "."), "workers", new
            {
                prestarted,
                crashesBeforeSuspension = CrashesBeforeSuspension,
                confinement = atStart.Confinement,
                coldStart,
                replacement,
                abuse,
            });
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>One SMS webhook call that must answer the template's reply (the body is read before it returns).</summary>
    private static async Task AnswerSmsAsync(HttpClient client, string url)
    {
        using var answer = await client.PostAsync(url, Loopback.Sms());
        var body = await answer.Content.ReadAsStringAsync();
        if (!answer.IsSuccessStatusCode || !body.Contains("Thanks for texting", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{url} answered {(int)answer.StatusCode}: {body}");
        }
    }
}
