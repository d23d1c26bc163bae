namespace ScriptHost.Sandbox.Invocation;

/// <summary>
/// Keeps spare thread-pool threads ready. A script stuck in a long framework call holds a pool thread until the call
/// returns (no guard can stop it there); with the pool's default minimum of one thread per core, two such scripts on
/// this 2-core machine left the watchdog's timer and every other request waiting for the pool's slow thread injection
/// (seconds, under load). Raising the minimum lets the pool hand out threads at once up to it.
/// </summary>
internal static class ThreadPoolHeadroom
{
    private static int s_ensured;

    public static void Ensure()
    {
        if (Interlocked.Exchange(ref s_ensured, 1) == 1)
        {
            return;
        }

        var wanted = Math.Max(16, Environment.ProcessorCount * 8);
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        if (workers < wanted)
        {
            ThreadPool.SetMinThreads(wanted, completionPorts);
        }
    }
}
