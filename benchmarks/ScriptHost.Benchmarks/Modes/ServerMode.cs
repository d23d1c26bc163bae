using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using ScriptHost.Benchmarks.Support;

namespace ScriptHost.Benchmarks.Modes;

/// <summary>
/// Cold start and deploy latency over HTTP, against real server processes on loopback:
/// restart to the first answer of an already-deployed function (ScriptHost, the native baseline, twilio-run, in
/// alternating rounds), and a new version's deploy to its first answer (ScriptHost's PUT, twilio-run's file write in
/// its live mode — the nearest it has to a deploy).
/// </summary>
internal static class ServerMode
{
    public static async Task<int> RunAsync(Arguments args)
    {
        var scriptHostDll = Path.GetFullPath(args.String("scripthost", "src/ScriptHost/bin/Release/net10.0/ScriptHost.dll"));
        var nativeDll = Path.GetFullPath(args.String("native", "benchmarks/NativeBaseline/bin/Release/net10.0/NativeBaseline.dll"));
        var twilioRunDir = Path.GetFullPath(args.String("twilio-run", "benchmarks/load/twilio-run"));
        var restarts = args.Int("restarts", 10);
        var versions = args.Int("versions", 100);
        var work = Directory.CreateTempSubdirectory("scripthost-bench-").FullName;
        try
        {
            var dataPath = Path.Combine(work, "scripthost.db");
            var scriptHost = new Target("ScriptHost", port => ScriptHostServer.Start(scriptHostDll, dataPath, port), 5211, "/bench/sms");
            var native = new Target("native", port => ServerProcess.Start("dotnet", [nativeDll, "--urls", Loopback.Url(port)], port, ScriptHostServer.Quiet()), 5212, "/sms");
            var twilioRun = new Target("twilio-run", port => StartTwilioRun(twilioRunDir, twilioRunDir, port, live: false), 5213, "/sms");

            var deploy = await MeasureScriptHostDeploysAsync(scriptHost, versions);
            var deployTwilioRun = await MeasureTwilioRunDeploysAsync(twilioRunDir, Path.Combine(work, "twilio-live"), versions);

            var samples = new Dictionary<string, List<double>> { ["scripthost"] = [], ["native"] = [], ["twilioRun"] = [] };
            for (var round = 0; round < restarts; round++)
            {
                samples["scripthost"].Add(await TimeToFirstAnswerAsync(scriptHost));
                samples["native"].Add(await TimeToFirstAnswerAsync(native));
                samples["twilioRun"].Add(await TimeToFirstAnswerAsync(twilioRun));
            }

            Results.Write(args.String("out", "."), "server", new
            {
                restarts,
                versions,
                restartToFirstAnswerMs = samples.ToDictionary(s => s.Key, s => Stats.Median(s.Value)),
                deployToFirstAnswerMs = new
                {
                    scripthostP50 = Stats.Median(deploy),
                    scripthostP99 = Stats.Percentile(deploy, 99),
                    twilioRunP50 = Stats.Median(deployTwilioRun),
                    twilioRunP99 = Stats.Percentile(deployTwilioRun, 99),
                },
                samples,
                deploySamples = deploy,
                deployTwilioRunSamples = deployTwilioRun,
            });
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static ServerProcess StartTwilioRun(string installDir, string projectDir, int port, bool live) =>
        ServerProcess.Start(
            "node",
            [Path.Combine(installDir, "node_modules", "twilio-run", "bin", "twilio-run.js"), "--cwd", projectDir, "--no-fork-process", live ? "--live" : "--no-live", "--no-logs", "--port", port.ToString(CultureInfo.InvariantCulture)],
            port,
            new Dictionary<string, string> { ["TWILIO_AUTH_TOKEN"] = ScriptHostServer.AuthToken });

    /// <summary>Process start to the first 200 of the function, polling every millisecond (connection refused until it listens).</summary>
    private static async Task<double> TimeToFirstAnswerAsync(Target target)
    {
        var started = Stopwatch.GetTimestamp();
        using var server = target.Start(target.Port);
        using var client = Loopback.NewClient();
        var deadline = TimeSpan.FromSeconds(60);
        while (Stopwatch.GetElapsedTime(started) < deadline)
        {
            try
            {
                using var response = await client.PostAsync(Loopback.Url(target.Port) + target.Path, Loopback.Sms());
                if (response.IsSuccessStatusCode)
                {
                    return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(1);
        }

        throw new TimeoutException($"{target.Name} did not answer within {deadline.TotalSeconds} s.");
    }

    private static async Task<List<double>> MeasureScriptHostDeploysAsync(Target scriptHost, int versions)
    {
        using var server = scriptHost.Start(scriptHost.Port);
        using var client = Loopback.NewClient();
        await Loopback.WaitHealthyAsync(client, server.BaseUrl + "/health");
        var apiKey = await ScriptHostServer.CreateServiceAsync(client, server.BaseUrl, "bench");
        client.DefaultRequestHeaders.Authorization = new("Bearer", apiKey);
        (await client.PutAsJsonAsync(server.BaseUrl + "/api/services/bench/environment/TWILIO_AUTH_TOKEN", new { value = ScriptHostServer.AuthToken, secret = true })).EnsureSuccessStatusCode();
        await ScriptHostServer.DeployAsync(client, server.BaseUrl, apiKey, "bench", "sms", BenchmarkScripts.SmsAutoReply);

        var samples = new List<double>(versions);
        for (var v = 1; v <= versions; v++)
        {
            var started = Stopwatch.GetTimestamp();
            using var deployed = await client.PutAsJsonAsync(server.BaseUrl + "/api/services/bench/functions/deploy", new { source = BenchmarkScripts.SmsVersion(v), visibility = "public" });
            deployed.EnsureSuccessStatusCode();
            using var answer = await client.PostAsync(server.BaseUrl + "/bench/deploy", Loopback.Sms());
            var body = await answer.Content.ReadAsStringAsync();
            if (!body.Contains($"v{v} ", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Version {v} was not served after its deploy: {body}");
            }

            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return samples;
    }

    /// <summary>twilio-run's nearest thing to a deploy: overwrite the function file, served fresh by its live mode.</summary>
    private static async Task<List<double>> MeasureTwilioRunDeploysAsync(string installDir, string projectDir, int versions)
    {
        var functions = Directory.CreateDirectory(Path.Combine(projectDir, "functions")).FullName;
        File.Copy(Path.Combine(installDir, "package.json"), Path.Combine(projectDir, "package.json"));
        var deployFile = Path.Combine(functions, "deploy.js");
        var template = await File.ReadAllTextAsync(Path.Combine(installDir, "functions", "sms.js"));
        await File.WriteAllTextAsync(deployFile, template);

        const int port = 5214;
        using var server = StartTwilioRun(installDir, projectDir, port, live: true);
        using var client = Loopback.NewClient();
        await Loopback.WaitAnswerAsync(client, Loopback.Url(port) + "/deploy", _ => true);

        var samples = new List<double>(versions);
        for (var v = 1; v <= versions; v++)
        {
            var started = Stopwatch.GetTimestamp();
            await File.WriteAllTextAsync(deployFile, template.Replace("Thanks", $"v{v} Thanks", StringComparison.Ordinal));
            var marker = $"v{v} ";
            await Loopback.WaitAnswerAsync(client, Loopback.Url(port) + "/deploy", body => body.Contains(marker, StringComparison.Ordinal));
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return samples;
    }

    private sealed record Target(string Name, Func<int, ServerProcess> Start, int Port, string Path);
}
