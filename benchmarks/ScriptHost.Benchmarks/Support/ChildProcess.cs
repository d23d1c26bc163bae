using System.Diagnostics;
using System.Text.Json;

namespace ScriptHost.Benchmarks.Support;

/// <summary>Runs this program again in a fresh process (a mode that must not share JIT, caches or leaks with another).</summary>
internal static class ChildProcess
{
    public static JsonElement RunSelf(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Child '{string.Join(' ', args)}' failed ({(process.HasExited ? process.ExitCode : -1)}): {output}");
        }

        // The child's last line is its result as JSON.
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        return JsonDocument.Parse(last).RootElement.Clone();
    }
}
