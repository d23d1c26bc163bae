using System.Globalization;
using System.Text;
using System.Text.Json;
using ScriptHost.Benchmarks.Support;

namespace ScriptHost.Benchmarks.Modes;

/// <summary>
/// Writes the results table of a run into the README between its markers: every figure beside the baseline measured
/// in the same run, and the machine it ran on. Missing parts of a run show as "not run".
/// </summary>
internal static class ReportMode
{
    private const string StartMarker = "<!-- results:start -->";
    private const string EndMarker = "<!-- results:end -->";

    public static int Run(Arguments args)
    {
        var results = args.String("results", "benchmarks/results/latest");
        var readme = args.String("readme", "benchmarks/README.md");
        var table = Render(results);
        var text = File.ReadAllText(readme);
        var start = text.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = text.IndexOf(EndMarker, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            Console.Error.WriteLine($"{readme} has no {StartMarker} ... {EndMarker} section.");
            return 1;
        }

        File.WriteAllText(readme, text[..(start + StartMarker.Length)] + "\n" + table + text[end..]);
        Console.WriteLine(table);
        return 0;
    }

    private static string Render(string results)
    {
        var md = new StringBuilder();
        var machine = Read(results, "machine");
        if (machine is { } m)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"Run of {Text(m, "date")} at commit `{Text(m, "commit")}`, mode **{Text(m, "mode")}**, on {Text(m, "cpu")} ({Text(m, "cores")} cores, {Text(m, "memory")}), {Text(m, "os")}, .NET SDK {Text(m, "dotnet")}, Node {Text(m, "node")}, wrk {Text(m, "wrk")}.");
            if (Text(m, "mode") != "full")
            {
                md.AppendLine();
                md.AppendLine("**Short run on a shared, busy machine: the figures are noisy and only show that the harness works end to end.**");
            }

            md.AppendLine();
        }

        md.AppendLine("| measure | ScriptHost | baseline | ratio | target |");
        md.AppendLine("| --- | ---: | ---: | ---: | --- |");
        AppendBenchmarkDotNet(md, results);
        AppendFirstCompile(md, results);
        AppendFootprint(md, results);
        AppendLoad(md, results);
        AppendServer(md, results);
        AppendDeployments(md, results);
        AppendEditor(md, results);
        AppendWorkers(md, results);
        AppendChurn(md, results);
        return md.ToString();
    }

    private static void AppendBenchmarkDotNet(StringBuilder md, string results)
    {
        var rows = new List<(string Method, double MedianNs, double? Bytes)>();
        var directory = Path.Combine(results, "bdn", "results");
        if (Directory.Exists(directory))
        {
            foreach (var file in Directory.GetFiles(directory, "*-report-full.json"))
            {
                using var json = JsonDocument.Parse(File.ReadAllText(file));
                foreach (var benchmark in json.RootElement.GetProperty("Benchmarks").EnumerateArray())
                {
                    if (benchmark.GetProperty("Statistics").ValueKind != JsonValueKind.Object)
                    {
                        continue;
                    }

                    var method = benchmark.GetProperty("Method").GetString()!;
                    var bytes = benchmark.TryGetProperty("Memory", out var memory) && memory.ValueKind == JsonValueKind.Object
                        ? memory.GetProperty("BytesAllocatedPerOperation").GetDouble()
                        : (double?)null;
                    rows.Add((method, benchmark.GetProperty("Statistics").GetProperty("Median").GetDouble(), bytes));
                }
            }
        }

        Row(md, rows, "Sandbox10Lines", "Scripting10Lines", "Warm compile to a runnable delegate, distinct 10-line script (baseline: `CSharpScript.Create().CreateDelegate()`)", "");
        Row(md, rows, "SandboxWithLibrary10Lines", "SandboxWithoutLibrary10Lines", "Twilio's library referenced: warm compile of a distinct 10-line script that does not use it, the server's compiler vs the same without Twilio.dll", "≤ 1.15×");
        Row(md, rows, "Sandbox200Lines", "Scripting200Lines", "Warm compile to a runnable delegate, distinct 200-line script (same baseline)", "");
        Row(md, rows, "SmsSandbox", "SmsNative", "Invoke cached SMS reply, full sandbox path, guards on (baseline: ordinary method)", "");
        Row(md, rows, "LoopGuarded", "LoopNative", "Invoke 1e6-iteration loop, sandbox guarded (baseline: ordinary method)", "");
        Row(md, rows, "LoopGuarded", "LoopUnguarded", "Guard overhead: same loop, guarded vs unguarded in the sandbox", "");
        Row(md, rows, "Diagnose100Lines", "Compile100Lines", "Console editor diagnostics of a distinct 100-line function (baseline: a warm compile of the same text, which issue 13 asks diagnostics not to exceed)", "≤ 1×");
        Row(md, rows, "CacheHit", "DictionaryHit", "Cache hit, `GetOrLoad` by key among 200 (baseline: ConcurrentDictionary lookup)", "");
    }

    /// <summary>A subject benchmark beside its baseline, by method name (unique across the suites).</summary>
    private static void Row(StringBuilder md, List<(string Method, double MedianNs, double? Bytes)> rows, string subject, string baseline, string label, string target)
    {
        var s = rows.FirstOrDefault(r => r.Method == subject);
        var b = rows.FirstOrDefault(r => r.Method == baseline);
        if (s.Method is null || b.Method is null)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {label} | not run | not run | | {target} |");
            return;
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {Time(s.MedianNs)}, {Bytes(s.Bytes)} | {Time(b.MedianNs)}, {Bytes(b.Bytes)} | {s.MedianNs / b.MedianNs:0.00}× | {target} |");
    }

    private static void AppendFirstCompile(StringBuilder md, string results)
    {
        if (Read(results, "first-compile") is not { } r)
        {
            md.AppendLine("| First compile in a fresh process | not run | not run | | |");
            return;
        }

        var s = r.GetProperty("sandboxMs").GetDouble();
        var b = r.GetProperty("scriptingMs").GetDouble();
        md.AppendLine(CultureInfo.InvariantCulture, $"| First compile in a fresh process, median of {r.GetProperty("launches").GetInt32()} launches (baseline: Roslyn scripting) | {s:0} ms | {b:0} ms | {s / b:0.00}× | |");
    }

    private static void AppendFootprint(StringBuilder md, string results)
    {
        if (Read(results, "footprint") is not { } r)
        {
            md.AppendLine("| Memory per cached function | not run | not run | | |");
            return;
        }

        var n = r.GetProperty("functions").GetInt32();
        var s = r.GetProperty("sandbox");
        var b = r.GetProperty("scripting");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Memory per cached function, {n} held: managed heap / RSS (baseline: Roslyn scripting delegates) | {Num(s, "heapKbPerFunction"):0} KB / {Num(s, "rssKbPerFunction"):0} KB | {Num(b, "heapKbPerFunction"):0} KB / {Num(b, "rssKbPerFunction"):0} KB | {Num(s, "rssKbPerFunction") / Num(b, "rssKbPerFunction"):0.00}× (RSS) | |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Unload + collect per function, {n} unloaded together; contexts alive after | {Num(s, "unloadMsPerFunction"):0.00} ms; {Num(s, "contextsAliveAfterUnload"):0} alive | cannot unload; {n} stay loaded | | 0 alive |");
    }

    private static void AppendLoad(StringBuilder md, string results)
    {
        var path = Path.Combine(results, "load-rounds.jsonl");
        if (!File.Exists(path))
        {
            md.AppendLine("| HTTP load (wrk) | not run | not run | | |");
            return;
        }

        var rounds = File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        double Median(string target, string field) => Stats.Median(rounds.Where(r => r.GetProperty("target").GetString() == target).Select(r => r.GetProperty(field).GetDouble()));
        IEnumerable<(double Subject, double Baseline)> Pairs(string subject, string baseline, string field) => rounds
            .Where(r => r.GetProperty("target").GetString() == subject)
            .Join(rounds.Where(r => r.GetProperty("target").GetString() == baseline), s => s.GetProperty("round").GetInt32(), r => r.GetProperty("round").GetInt32(), (s, r) => (s.GetProperty(field).GetDouble(), r.GetProperty(field).GetDouble()));
        double RatioMedian(string subject, string baseline) => Stats.Median(Pairs(subject, baseline, "rps").Select(p => p.Subject / p.Baseline));
        double DifferenceMedian(string subject, string baseline, string field) => Stats.Median(Pairs(subject, baseline, field).Select(p => p.Subject - p.Baseline));
        bool Ran(string target) => rounds.Any(r => r.GetProperty("target").GetString() == target);
        var count = rounds.Select(r => r.GetProperty("round").GetInt32()).Distinct().Count();
        var errors = rounds.Sum(r => r.GetProperty("non2xx").GetDouble() + r.GetProperty("socketErrors").GetDouble());

        string Cell(string target) => $"{Median(target, "rps"):0} req/s, p50 {Median(target, "p50Ms"):0.00} ms, p99 {Median(target, "p99Ms"):0.00} ms";
        md.AppendLine(CultureInfo.InvariantCulture, $"| SMS reply over HTTP, public, A with functions in worker processes, median of {count} alternating rounds (baseline B: native minimal API) | {Cell("A-public")} | {Cell("B-public")} | A/B {RatioMedian("A-public", "B-public"):0.00} | A/B ≥ 0.9 |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| SMS reply over HTTP, protected (valid X-Twilio-Signature), A in worker processes (baseline B: native, same validator) | {Cell("A-protected")} | {Cell("B-protected")} | A/B {RatioMedian("A-protected", "B-protected"):0.00} | A/B ≥ 0.9 |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| SMS reply over HTTP, public, A in worker processes (baseline C: twilio-run 5, single process) | {Cell("A-public")} | {Cell("C-public")} | A/C {RatioMedian("A-public", "C-public"):0.0} | A/C ≥ 10 |");
        if (Ran("I-public"))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| SMS reply over HTTP, functions in worker processes (A) vs in-process (I), same published server | {Cell("A-public")} | {Cell("I-public")} | A/I {RatioMedian("A-public", "I-public"):0.00} | A/I ≥ 0.7 |");
        }
        else
        {
            md.AppendLine("| SMS reply over HTTP, functions in worker processes (A) vs in-process (I) | not run | not run | | A/I ≥ 0.7 |");
        }

        if (Ran("A-c1") && Ran("I-c1"))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| Warm SMS reply, p50 per call, one connection (`wrk -c1`): worker vs in-process | {Median("A-c1", "p50Ms") * 1000:0} µs ({Median("A-c1", "rps"):0} req/s) | {Median("I-c1", "p50Ms") * 1000:0} µs ({Median("I-c1", "rps"):0} req/s) | {DifferenceMedian("A-c1", "I-c1", "p50Ms") * 1000:+0;-0} µs | worker hop ≤ 100 µs |");
        }
        else
        {
            md.AppendLine("| Warm SMS reply, p50 per call, one connection: worker vs in-process | not run | not run | | worker hop ≤ 100 µs |");
        }
        if (errors > 0)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| Load errors (non-2xx + socket errors, all rounds) | {errors:0} | | | 0 |");
        }
    }

    private static void AppendServer(StringBuilder md, string results)
    {
        if (Read(results, "server") is not { } r)
        {
            md.AppendLine("| Cold start and deploy | not run | not run | | |");
            return;
        }

        var restart = r.GetProperty("restartToFirstAnswerMs");
        var deploy = r.GetProperty("deployToFirstAnswerMs");
        var restarts = r.GetProperty("restarts").GetInt32();
        md.AppendLine(CultureInfo.InvariantCulture, $"| Process start to first answer of a deployed function, median of {restarts} (baseline: native app) | {Num(restart, "scripthost"):0} ms | {Num(restart, "native"):0} ms | {Num(restart, "scripthost") / Num(restart, "native"):0.00}× | ≤ 500 ms |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Process start to first answer (baseline: twilio-run) | {Num(restart, "scripthost"):0} ms | {Num(restart, "twilioRun"):0} ms | {Num(restart, "scripthost") / Num(restart, "twilioRun"):0.00}× | |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| New version: deploy to first answer, p50 / p99 over {r.GetProperty("versions").GetInt32()} versions (baseline: twilio-run live mode, file write to first answer) | {Num(deploy, "scripthostP50"):0.0} / {Num(deploy, "scripthostP99"):0.0} ms | {Num(deploy, "twilioRunP50"):0.0} / {Num(deploy, "twilioRunP99"):0.0} ms | {Num(deploy, "scripthostP50") / Num(deploy, "twilioRunP50"):0.00}× (p50) | p50 ≤ 15 ms |");
    }

    private static void AppendDeployments(StringBuilder md, string results)
    {
        if (Read(results, "deployments") is not { } r)
        {
            md.AppendLine("| Builds and deployments | not run | not run | | |");
            return;
        }

        var first = r.GetProperty("firstAnswer");
        md.AppendLine(CultureInfo.InvariantCulture, $"| New version through a build: POST a one-function bundle, poll until completed, deploy to `dev`, first answer from `/{{service}}@dev/...`; p50 / p90 over {first.GetProperty("rounds").GetInt32()} rounds, p50 of the phases build / deploy / answer (baseline: the one-function `PUT` to first answer, same rounds) | {Num(first, "buildPathP50Ms"):0.0} / {Num(first, "buildPathP90Ms"):0.0} ms ({Num(first, "buildPhaseP50Ms"):0.0} / {Num(first, "deployPhaseP50Ms"):0.0} / {Num(first, "answerPhaseP50Ms"):0.0}) | {Num(first, "simpleP50Ms"):0.0} / {Num(first, "simpleP90Ms"):0.0} ms | {Num(first, "ratioP50"):0.00}× (p50) | |");

        var bundle = r.GetProperty("bundle");
        var functions = bundle.GetProperty("functions").GetInt32();
        md.AppendLine(CultureInfo.InvariantCulture, $"| {functions}-function bundle rebuilt unchanged (every image reused) vs built with fresh sources (every function compiled): POST to completed, median of {bundle.GetProperty("rounds").GetInt32()} rounds; per function | {Num(bundle, "reusedMs"):0} ms; {Num(bundle, "reusedPerFunctionMs"):0.00} ms | {Num(bundle, "coldMs"):0} ms; {Num(bundle, "coldPerFunctionMs"):0.0} ms | {Num(bundle, "ratioMedian"):0.000}× | |");

        var flip = r.GetProperty("flip");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Deployment flip: `POST .../deployments` alternating two completed {flip.GetProperty("functions").GetInt32()}-function builds on one environment, no other load; p50 / p90 of {flip.GetProperty("flips").GetInt32()} flips | {Num(flip, "latencyP50Ms"):0.0} / {Num(flip, "latencyP90Ms"):0.0} ms | | | |");

        var load = flip.GetProperty("load");
        md.AppendLine(CultureInfo.InvariantCulture, $"| One function of that environment under wrk `-c{load.GetProperty("connections").GetInt32()}` while deployments flip it between the two builds one after another, at most one every {Num(load, "flipIntervalMs"):0} ms ({load.GetProperty("flipsUnderLoad").GetInt32()} flips, p50 {Num(load, "flipUnderLoadP50Ms"):0} ms each), median of {load.GetProperty("rounds").GetInt32()} alternating rounds (baseline: the same load, no flips) | {Num(load, "flipRps"):0} req/s, p99 {Num(load, "flipP99Ms"):0.00} ms | {Num(load, "quietRps"):0} req/s, p99 {Num(load, "quietP99Ms"):0.00} ms | {Num(load, "rpsRatioMedian"):0.00} (req/s), {Num(load, "p99RatioMedian"):0.00}× (p99) | |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Answers ≥ 400 and socket errors during those flips (wrk's counts; quiet rounds: {Num(load, "errorsQuiet"):0}) | {Num(load, "errorsDuringFlips"):0} | | | 0 |");
    }

    private static void AppendEditor(StringBuilder md, string results)
    {
        if (Read(results, "editor") is not { } r)
        {
            md.AppendLine("| Console editor over HTTP | not run | not run | | |");
            return;
        }

        var completion = r.GetProperty("completion");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Editor completion after `text.` in a 100-line function over HTTP, a new text each time, after the server's warm-up and {r.GetProperty("warmUp").GetInt32()} unrecorded requests; p50 / p99 of {completion.GetProperty("requests").GetInt32()} ({completion.GetProperty("items").GetInt32()} items, {completion.GetProperty("incomplete").GetInt32()} incomplete; first whole answer {Num(r, "firstFullCompletionMs"):0} ms after start) | {Num(completion, "p50Ms"):0.0} / {Num(completion, "p99Ms"):0.0} ms | | | p50 ≤ 50 ms, p99 ≤ 150 ms |");

        var diagnostics = r.GetProperty("diagnostics");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Editor diagnostics of that function (complete) over HTTP, p50 / p90 of {diagnostics.GetProperty("rounds").GetInt32()} (baseline: `PUT` of the same new text, which compiles it, then builds and deploys) | {Num(diagnostics, "diagnoseP50Ms"):0.0} / {Num(diagnostics, "diagnoseP90Ms"):0.0} ms | {Num(diagnostics, "putP50Ms"):0.0} / {Num(diagnostics, "putP90Ms"):0.0} ms | {Num(diagnostics, "ratioP50"):0.00}× (p50) | ≤ 1× |");
    }

    private static void AppendWorkers(StringBuilder md, string results)
    {
        if (Read(results, "workers") is not { } r)
        {
            md.AppendLine("| Worker tier: cold start, replacement, abuse | not run | not run | | |");
            return;
        }

        var cold = r.GetProperty("coldStart");
        md.AppendLine(CultureInfo.InvariantCulture, $"| First call of a service on a fresh pool worker, median of {cold.GetProperty("services").GetInt32()} services (baseline: in-process first call) | {Num(cold, "workerFirstCallMs"):0} ms | {Num(cold, "inProcessFirstCallMs"):0} ms | {Num(cold, "workerFirstCallMs") / Num(cold, "inProcessFirstCallMs"):0.0}× | |");

        var replacement = r.GetProperty("replacement");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Time to replace a killed worker (framework call past its limit, killed at the 504): to the service's next answer / to the pool back at {r.GetProperty("prestarted").GetInt32()} idle workers, median of {replacement.GetProperty("kills").GetInt32()} | {Num(replacement, "nextAnswerMs"):0} / {Num(replacement, "poolRefilledMs"):0} ms | | | |");
        if (replacement.TryGetProperty("penalizedNextAnswerMs", out _))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| Time to replace a killed worker, the service's second trip within the penalty window (penalized: its own worker, started under the penalty's CPU cap): to the service's next answer, median of {replacement.GetProperty("kills").GetInt32()} | {Num(replacement, "penalizedNextAnswerMs"):0} ms | | | |");
        }

        var abuse = r.GetProperty("abuse");
        var rounds = abuse.GetProperty("rounds").GetInt32();
        md.AppendLine(CultureInfo.InvariantCulture, $"| Under abuse: a service's SMS reply (`wrk -c{abuse.GetProperty("connections").GetInt32()}`) while another service's {abuse.GetProperty("abusiveCallers").GetInt32()} callers trip the time (kill), memory and stack limits, median of {rounds} alternating rounds (baseline: the same load, quiet) | {Num(abuse, "abuseRps"):0} req/s | {Num(abuse, "quietRps"):0} req/s | {Num(abuse, "ratioMedian"):0.00} | ≥ 0.8 |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Under abuse: host RSS, max during abuse (baseline: max during the first quiet round) | {Num(abuse, "hostRssAbuseMaxMb"):0} MB | {Num(abuse, "hostRssBaselineMb"):0} MB | {Num(abuse, "hostRssAbuseMaxMb") - Num(abuse, "hostRssBaselineMb"):+0;-0} MB | within 200 MB |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Under abuse: workers' RSS, all workers / largest worker, max during abuse (baseline: max during the quiet rounds) | {Num(abuse, "workersRssSumAbuseMaxMb"):0} / {Num(abuse, "workerRssAbuseMaxMb"):0} MB | {Num(abuse, "workersRssSumQuietMaxMb"):0} / {Num(abuse, "workerRssQuietMaxMb"):0} MB | | reported separately |");
        var answers = string.Join(", ", abuse.GetProperty("abusiveAnswers").EnumerateObject().Select(a => $"{a.Name} ×{a.Value.GetInt32()}"));
        var ended = string.Join(", ", abuse.GetProperty("workersEnded").EnumerateObject().Where(e => e.Value.GetInt64() > 0).Select(e => $"{e.Name} {e.Value.GetInt64()}"));
        md.AppendLine(CultureInfo.InvariantCulture, $"| Under abuse: what the abusive calls answered; workers ended meanwhile, by reason | {answers}; {ended} | | | |");
        var errors = abuse.GetProperty("quietRounds").EnumerateArray().Concat(abuse.GetProperty("abuseRounds").EnumerateArray()).Sum(round => round.GetProperty("errors").GetInt64());
        if (errors > 0)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| Under abuse: the normal service's errors (non-2xx + socket errors, all rounds) | {errors} | | | 0 |");
        }
    }

    private static void AppendChurn(StringBuilder md, string results)
    {
        if (Read(results, "churn") is not { } r)
        {
            md.AppendLine("| Churn | not run | not run | | |");
            return;
        }

        var n = r.GetProperty("versions").GetInt32();
        md.AppendLine(CultureInfo.InvariantCulture, $"| Churn, {n:N0} versions deployed and invoked: managed heap final / peak (baseline: heap at start) | {Num(r, "finalHeapMb"):0.0} / {Num(r, "peakHeapMb"):0.0} MB | {Num(r, "startHeapMb"):0.0} MB | +{Num(r, "heapGrowthMb"):0.0} MB | within 20 MB |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Churn: RSS final / peak (baseline: RSS at start) | {Num(r, "finalRssMb"):0} / {Num(r, "peakRssMb"):0} MB | {Num(r, "startRssMb"):0} MB | | |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Churn: load contexts alive after full GC; wrong answers | {Num(r, "contextsAlive"):0}; {Num(r, "failures"):0} | | | 0; 0 |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Churn: time per 1,000 versions (compile + load + invoke + unload) | {Num(r, "secondsPerThousand"):0.0} s | | | |");
    }

    private static JsonElement? Read(string results, string name)
    {
        var path = Path.Combine(results, name + ".json");
        return File.Exists(path) ? JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone() : null;
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ToString() : "?";

    private static double Num(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : double.NaN;

    private static string Time(double ns) => ns switch
    {
        >= 1e6 => $"{ns / 1e6:0.00} ms",
        >= 1e3 => $"{ns / 1e3:0.00} µs",
        _ => $"{ns:0.0} ns",
    };

    private static string Bytes(double? bytes) => bytes switch
    {
        null => "? B",
        >= 1024 * 1024 => $"{bytes / 1048576:0.0} MB",
        >= 1024 => $"{bytes / 1024:0.0} KB",
        _ => $"{bytes:0} B",
    };
}
