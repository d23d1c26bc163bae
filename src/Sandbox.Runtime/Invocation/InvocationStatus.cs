namespace ScriptHost.Sandbox.Invocation;

/// <summary>How an invocation ended.</summary>
public enum InvocationStatus
{
    /// <summary>The script returned a value (possibly null).</summary>
    Completed,

    /// <summary>The script threw an exception of its own.</summary>
    Faulted,

    /// <summary>The wall-clock limit passed.</summary>
    TimeLimitExceeded,

    /// <summary>The allocation budget ran out.</summary>
    MemoryLimitExceeded,

    /// <summary>The call depth limit (or the thread's stack) ran out.</summary>
    StackLimitExceeded,

    /// <summary>The result or logs were larger than allowed.</summary>
    OutputLimitExceeded,
}
