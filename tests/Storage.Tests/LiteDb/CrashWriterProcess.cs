using System.Collections.Concurrent;
using System.Diagnostics;

namespace ScriptHost.Storage.Tests.LiteDb;

/// <summary>Runs Storage.CrashWriter as a child process until it dies or the test kills it, collecting what it printed.</summary>
internal static class CrashWriterProcess
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>
    /// Starts the writer with <paramref name="arguments"/>. With <paramref name="killWhen"/>, the test SIGKILLs it at the
    /// first printed line the predicate accepts; without, the writer must kill itself. Returns every line printed.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RunAsync(IEnumerable<string> arguments, Func<string, bool>? killWhen)
    {
        var start = new ProcessStartInfo(System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ScriptHost.Storage.CrashWriter.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var lines = new ConcurrentQueue<string>();
        var errors = new ConcurrentQueue<string>();
        var killLine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                lines.Enqueue(line.Data);
                if (killWhen?.Invoke(line.Data) == true)
                {
                    killLine.TrySetResult();
                }
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                errors.Enqueue(line.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExitAsync();
        var finished = await Task.WhenAny(killLine.Task, exited, Task.Delay(Patience));
        if (killWhen is not null)
        {
            Assert.True(finished == killLine.Task, "the crash writer stopped or stalled: " + string.Join('\n', errors));
            process.Kill(); // SIGKILL on Linux: no finalizers, no dispose, no flush
        }
        else
        {
            if (finished != exited)
            {
                process.Kill();
            }

            Assert.True(finished == exited, "the crash writer did not kill itself: " + string.Join('\n', errors));
        }

        // Without a timeout this also waits until the redirected output is fully read.
        await process.WaitForExitAsync();
        Assert.True(errors.IsEmpty, "the crash writer failed: " + string.Join('\n', errors));
        return [.. lines];
    }
}
