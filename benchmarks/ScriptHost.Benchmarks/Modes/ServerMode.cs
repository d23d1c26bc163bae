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
    private const string AdminKey = "benchmark-admin-key-0123456789";
    private const string AuthToken = "benchmark-auth-token";
    private const string SmsForm = "From=%2B15551230001&To=%2B15559870002&Body=Hello+there";

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
            var scriptHost = new Target("ScriptHost", port => StartScriptHost(scriptHostDll, dataPath, port), 5211, "/bench/sms");
            var native = new Target("native", port => ServerProcess.Start("dotnet", [nativeDll, "--urls", Url(port)], port, Quiet()), 5212, "/sms");
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

    private static ServerProcess StartScriptHost(string dll, string dataPath, int port) =>
        ServerProcess.Start("dotnet", [dll, "--urls", Url(port)], port, new Dictionary<string, string>(Quiet())
        {
            ["ScriptHost__DataPath"] = dataPath,
            ["ScriptHost__AdminKey"] = AdminKey,
        });

    private static ServerProcess StartTwilioRun(string installDir, string projectDir, int port, bool live) =>
        ServerProcess.Start(
            "node",
            [Path.Combine(installDir, "node_modules", "twilio-run", "bin", "twilio-run.js"), "--cwd", projectDir, "--no-fork-process", live ? "--live" : "--no-live", "--no-logs", "--port", port.ToString(CultureInfo.InvariantCulture)],
            port,
            new Dictionary<string, string> { ["TWILIO_AUTH_TOKEN"] = AuthToken });

    private static Dictionary<string, string> Quiet() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Logging__LogLevel__Default"] = "Warning",
        ["TWILIO_AUTH_TOKEN"] = AuthToken,
    };

    private static string Url(int port) => $"http://127.0.0.1:{port}";

    /// <summary>Process start to the first 200 of the function, polling every millisecond (connection refused until it listens).</summary>
    private static async Task<double> TimeToFirstAnswerAsync(Target target)
    {
        var started = Stopwatch.GetTimestamp();
        using var server = target.Start(target.Port);
        using var client = NewClient();
        var deadline = TimeSpan.FromSeconds(60);
        while (Stopwatch.GetElapsedTime(started) < deadline)
        {
            try
            {
                using var response = await client.PostAsync(Url(target.Port) + target.Path, Form());
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
        using var client = NewClient();
        await WaitHealthyAsync(client, server.BaseUrl + "/health");
        var admin = new HttpRequestMessage(HttpMethod.Post, server.BaseUrl + "/api/services") { Content = JsonContent.Create(new { name = "bench" }) };
        admin.Headers.Authorization = new("Bearer", AdminKey);
        using var created = await client.SendAsync(admin);
        created.EnsureSuccessStatusCode();
        var apiKey = (await created.Content.ReadFromJsonAsync<CreatedService>())!.ApiKey;
        client.DefaultRequestHeaders.Authorization = new("Bearer", apiKey);
        (await client.PutAsJsonAsync(server.BaseUrl + "/api/services/bench/environment/TWILIO_AUTH_TOKEN", new { value = AuthToken, secret = true })).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync(server.BaseUrl + "/api/services/bench/functions/sms", new { source = BenchmarkScripts.SmsAutoReply, visibility = "public" })).EnsureSuccessStatusCode();

        var samples = new List<double>(versions);
        for (var v = 1; v <= versions; v++)
        {
            var started = Stopwatch.GetTimestamp();
            using var deployed = await client.PutAsJsonAsync(server.BaseUrl + "/api/services/bench/functions/deploy", new { source = BenchmarkScripts.SmsVersion(v), visibility = "public" });
            deployed.EnsureSuccessStatusCode();
            using var answer = await client.PostAsync(server.BaseUrl + "/bench/deploy", Form());
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
        using var client = NewClient();
        await WaitAnswerAsync(client, Url(port) + "/deploy", _ => true);

        var samples = new List<double>(versions);
        for (var v = 1; v <= versions; v++)
        {
            var started = Stopwatch.GetTimestamp();
            await File.WriteAllTextAsync(deployFile, template.Replace("Thanks", $"v{v} Thanks", StringComparison.Ordinal));
            var marker = $"v{v} ";
            await WaitAnswerAsync(client, Url(port) + "/deploy", body => body.Contains(marker, StringComparison.Ordinal));
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return samples;
    }

    private static async Task WaitHealthyAsync(HttpClient client, string url) => await WaitAnswerAsync(client, url, _ => true, post: false);

    private static async Task WaitAnswerAsync(HttpClient client, string url, Func<string, bool> accept, bool post = true)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(60))
        {
            try
            {
                using var response = post ? await client.PostAsync(url, Form()) : await client.GetAsync(url);
                if (response.IsSuccessStatusCode && accept(await response.Content.ReadAsStringAsync()))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(1);
        }

        throw new TimeoutException($"No acceptable answer from {url} within 60 s.");
    }

    private static HttpClient NewClient() => new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(2) }) { Timeout = TimeSpan.FromSeconds(30) };

    private static StringContent Form() => new(SmsForm, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

    private sealed record Target(string Name, Func<int, ServerProcess> Start, int Port, string Path);

    private sealed record CreatedService(string Name, string ApiKey);
}
