namespace ScriptHost.Workers;

/// <summary>Why a worker process ended; <c>/health</c> counts workers by it.</summary>
public enum WorkerExitReason
{
    /// <summary>Replaced after its share of invocations, or after a limit tripped in it; it finished what it ran.</summary>
    Recycled,

    /// <summary>Killed: an invocation ran past its time limit and grace, or its thread would not stop after the limit.</summary>
    TimeLimit,

    /// <summary>Ran out of memory: its cgroup's limit, or the runtime's heap limit.</summary>
    MemoryLimit,

    /// <summary>A real stack overflow ended it.</summary>
    StackOverflow,

    /// <summary>It ended on its own for another reason.</summary>
    Crashed,

    /// <summary>It broke the channel's protocol, and was killed.</summary>
    ProtocolViolation,

    /// <summary>It did not start in time.</summary>
    StartFailed,

    /// <summary>The host is stopping.</summary>
    HostStopping,
}
