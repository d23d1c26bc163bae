using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace ScriptHost.Benchmarks.Support;

/// <summary>
/// wrk posting the SMS webhook (<c>benchmarks/load/sms.lua</c>, as <c>run-load.sh</c> runs it) against one URL from a
/// mode that drives other traffic at the same time; the script's JSON result line, parsed.
/// </summary>
internal static class Wrk
{
    public static async Task<WrkResult> RunAsync(string url, int connections, int seconds)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-t1", $"-c{connections}", $"-d{seconds}s", "--timeout", "5s", "-s", BenchmarkScripts.WrkSmsScriptPath, url })
        {
            start.ArgumentList.Add(argument);
        }

        // The script appends its line to RESULTS and prints it; this mode keeps only the printed one.
        start.Environment["RESULTS"] = "/dev/null";
        start.Environment["TARGET"] = url;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (is it installed?).");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(seconds + 30));
        try
        {
            await process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw new TimeoutException($"wrk against {url} ran past {seconds + 30} s.");
        }

        var last = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (process.ExitCode != 0 || last is null || !last.StartsWith('{'))
        {
            throw new InvalidOperationException($"wrk failed ({process.ExitCode.ToString(CultureInfo.InvariantCulture)}): {await errors}{last}");
        }

        return JsonSerializer.Deserialize<WrkResult>(last, Results.Json)!;
    }
}

/// <summary>One wrk run: throughput, latency percentiles in milliseconds, and its failures.</summary>
internal sealed record WrkResult(double Rps, double P50Ms, double P99Ms, long Non2xx, long SocketErrors);
