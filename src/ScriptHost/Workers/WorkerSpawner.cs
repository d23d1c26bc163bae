using System.Collections.Concurrent;
using System.Diagnostics;

namespace ScriptHost.Workers;

/// <summary>
/// Starts worker processes from one thread that lives as long as the host. bubblewrap's <c>--die-with-parent</c> (and
/// the kernel's parent-death signal under it) fires when the <em>thread</em> that forked the worker exits, not the
/// process: started from a thread-pool thread, a worker was killed whenever the pool retired that thread — measured
/// under load as workers ending with SIGKILL every few minutes. This thread never exits before the host does.
/// </summary>
internal static class WorkerSpawner
{
    private static readonly BlockingCollection<(ProcessStartInfo Start, TaskCompletionSource<Process> Started)> Requests = [];

    static WorkerSpawner()
    {
        new Thread(Run) { IsBackground = true, Name = "worker-spawner" }.Start();
    }

    /// <summary>Starts <paramref name="start"/> on the spawner thread.</summary>
    public static Task<Process> StartAsync(ProcessStartInfo start)
    {
        var started = new TaskCompletionSource<Process>(TaskCreationOptions.RunContinuationsAsynchronously);
        Requests.Add((start, started));
        return started.Task;
    }

    private static void Run()
    {
        foreach (var (start, started) in Requests.GetConsumingEnumerable())
        {
            try
            {
                var process = new Process { StartInfo = start, EnableRaisingEvents = true };
                if (process.Start())
                {
                    started.TrySetResult(process);
                }
                else
                {
                    process.Dispose();
                    started.TrySetException(new InvalidOperationException("The worker process did not start."));
                }
            }
#pragma warning disable CA1031 // A failed start belongs to the caller waiting for it; the spawner thread must live on.
            catch (Exception e)
#pragma warning restore CA1031
            {
                started.TrySetException(new InvalidOperationException($"The worker process did not start: {e.Message}", e));
            }
        }
    }
}
