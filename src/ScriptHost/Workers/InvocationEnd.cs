namespace ScriptHost.Workers;

/// <summary>How one invocation left the worker it ran in (see <see cref="WorkerPool.Release"/>).</summary>
internal enum InvocationEnd
{
    /// <summary>It answered, well or with the script's own fault: the worker serves on.</summary>
    Clean,

    /// <summary>It tripped a limit, or crashed or overran its worker: the worker is recycled and the service's trip counted.</summary>
    LimitTripped,

    /// <summary>Its worker ended for something else (another invocation's limit, a recycle, the host stopping).</summary>
    LostToOther,
}
