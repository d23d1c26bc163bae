using System.Diagnostics;

namespace ScriptHost.Tests.Workers.Confinement;

/// <summary>A process run to its end (or killed at a generous limit) with its output collected.</summary>
internal sealed record ProcessRun(int ExitCode, string Output, string Error)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>Runs an argv (its first entry the program) with an empty environment.</summary>
    public static Task<ProcessRun> ArgvAsync(IReadOnlyList<string> argv)
    {
        var start = new ProcessStartInfo(argv[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in argv.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        return StartAsync(start);
    }

    public static async Task<ProcessRun> StartAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        if (start.RedirectStandardInput)
        {
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{start.FileName} did not finish within {Limit.TotalSeconds} s; output so far: {await output}{await error}");
        }

        return new ProcessRun(process.ExitCode, await output, await error);
    }
}
