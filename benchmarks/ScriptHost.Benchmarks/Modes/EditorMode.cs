using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Benchmarks.Support;

namespace ScriptHost.Benchmarks.Modes;

/// <summary>
/// The console editor (issue 13) against the published server over HTTP, as the browser asks: completions after
/// <c>text.</c> in a 100-line function once the server has warmed its editor, each on a new text (p50 and p99: the
/// issue's targets are 50 and 150 ms); and diagnostics of the whole function beside its baseline from the same run, a
/// <c>PUT</c> of the same text (which compiles it, then builds and deploys it), alternating so both see the same machine.
/// </summary>
internal static class EditorMode
{
    private const int Port = 5232;
    private const string Service = "editor";

    /// <summary>How long the server may take to answer its first full completion (MEF composition, Roslyn's JIT).</summary>
    private static readonly TimeSpan WarmUpLimit = TimeSpan.FromSeconds(90);

    public static async Task<int> RunAsync(Arguments args)
    {
        var scriptHostDll = Path.GetFullPath(args.String("scripthost", "src/ScriptHost/bin/Release/net10.0/ScriptHost.dll"));
        var completions = args.Int("completions", 500);
        var warmUp = args.Int("warmup", 20);
        var compiles = args.Int("compiles", 50);
        var work = Directory.CreateTempSubdirectory("scripthost-bench-editor-").FullName;
        try
        {
            using var client = Loopback.NewClient();
            using var server = ScriptHostServer.Start(scriptHostDll, Path.Combine(work, "scripthost.db"), Port, ScriptHostServer.Quiet());
            await Loopback.WaitHealthyAsync(client, server.BaseUrl + "/health");
            var apiKey = await ScriptHostServer.CreateServiceAsync(client, server.BaseUrl, Service);
            var editor = new EditorClient(client, $"{server.BaseUrl}/api/services/{Service}/editor", apiKey);

            var firstFullMs = await WaitForFullCompletionAsync(editor);
            for (var i = 0; i < warmUp; i++)
            {
                await editor.CompleteAsync();
            }

            var completion = await MeasureCompletionsAsync(editor, completions);
            var diagnostics = await MeasureDiagnosticsAsync(client, server.BaseUrl, apiKey, editor, compiles);
            Results.Write(args.String("out", "."), "editor", new { firstFullCompletionMs = firstFullMs, warmUp, completion, diagnostics });
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// Asks until a completion comes back whole (the editor answers <c>incomplete: timedOut</c> while its first call
    /// still composes and JITs); returns how long that took from the server being healthy.
    /// </summary>
    private static async Task<double> WaitForFullCompletionAsync(EditorClient editor)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < WarmUpLimit)
        {
            if ((await editor.CompleteAsync()).Incomplete is null)
            {
                return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }

        throw new InvalidOperationException($"No whole completion within {WarmUpLimit.TotalSeconds} s.");
    }

    private static async Task<CompletionFigures> MeasureCompletionsAsync(EditorClient editor, int count)
    {
        var samples = new List<double>(count);
        var incomplete = 0;
        for (var i = 0; i < count; i++)
        {
            var answer = await editor.CompleteAsync();
            samples.Add(answer.Ms);
            incomplete += answer.Incomplete is null ? 0 : 1;
            if (answer.Incomplete is null && !answer.Labels.Contains("Length"))
            {
                throw new InvalidOperationException($"Completion after 'text.' did not offer Length: {string.Join(", ", answer.Labels.Take(20))}");
            }
        }

        return new CompletionFigures(
            count, Stats.Median(samples), Stats.Percentile(samples, 90), Stats.Percentile(samples, 99), samples.Max(), incomplete,
            editor.LastItemCount, samples);
    }

    /// <summary>Rounds of one diagnostics request and one PUT of the same new text; the first two rounds are not recorded.</summary>
    private static async Task<DiagnosticsFigures> MeasureDiagnosticsAsync(HttpClient client, string baseUrl, string apiKey, EditorClient editor, int rounds)
    {
        const int unrecorded = 2;
        var diagnose = new List<double>(rounds);
        var put = new List<double>(rounds);
        for (var round = -unrecorded; round < rounds; round++)
        {
            var source = BenchmarkScripts.Distinct(EditorScript.Complete);
            var diagnoseMs = await editor.DiagnoseAsync(source);
            var started = Stopwatch.GetTimestamp();
            await ScriptHostServer.DeployAsync(client, baseUrl, apiKey, Service, "orders", source);
            var putMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (round >= 0)
            {
                diagnose.Add(diagnoseMs);
                put.Add(putMs);
            }
        }

        return new DiagnosticsFigures(
            rounds, Stats.Median(diagnose), Stats.Percentile(diagnose, 90), Stats.Median(put), Stats.Percentile(put, 90),
            Stats.Median(diagnose) / Stats.Median(put), diagnose, put);
    }

    /// <summary>The editor routes, as the console calls them.</summary>
    private sealed class EditorClient(HttpClient client, string editorUrl, string apiKey)
    {
        public int LastItemCount { get; private set; }

        public async Task<CompletionSample> CompleteAsync()
        {
            var (source, line, column) = EditorScript.AtCaret(BenchmarkScripts.Distinct(EditorScript.WithCaret));
            var started = Stopwatch.GetTimestamp();
            using var response = await PostAsync("completions", new { source, line, column });
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var labels = body.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("label").GetString()!).ToList();
            LastItemCount = labels.Count;
            var incomplete = body.TryGetProperty("incomplete", out var why) && why.ValueKind == JsonValueKind.String ? why.GetString() : null;
            return new CompletionSample(ms, labels, incomplete);
        }

        public async Task<double> DiagnoseAsync(string source)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await PostAsync("diagnostics", new { source, line = 1, column = 1 });
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var errors = body.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("severity").GetString() == "error").ToList();
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"The benchmark function should compile; diagnostics said: {errors[0]}");
            }

            return ms;
        }

        private async Task<HttpResponseMessage> PostAsync(string route, object body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{editorUrl}/{route}") { Content = JsonContent.Create(body) };
            request.Headers.Authorization = new("Bearer", apiKey);
            var response = await client.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                var text = await response.Content.ReadAsStringAsync();
                response.Dispose();
                throw new InvalidOperationException($"POST .../editor/{route} answered {(int)response.StatusCode}: {text}");
            }

            return response;
        }
    }

    private sealed record CompletionSample(double Ms, List<string> Labels, string? Incomplete);

    private sealed record CompletionFigures(
        int Requests, double P50Ms, double P90Ms, double P99Ms, double MaxMs, int Incomplete, int Items, List<double> Samples);

    private sealed record DiagnosticsFigures(
        int Rounds, double DiagnoseP50Ms, double DiagnoseP90Ms, double PutP50Ms, double PutP90Ms, double RatioP50,
        List<double> DiagnoseSamples, List<double> PutSamples);
}
