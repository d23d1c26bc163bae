namespace ScriptHost.Sandbox.Invocation;

/// <summary>What one invocation produced.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Value">The script's result when <paramref name="Status"/> is <see cref="InvocationStatus.Completed"/>.</param>
/// <param name="Error">Why it did not complete, otherwise.</param>
/// <param name="Duration">Wall time from start to answer.</param>
public sealed record InvocationResult(InvocationStatus Status, object? Value, ScriptError? Error, TimeSpan Duration)
{
    /// <summary>True when the script returned normally.</summary>
    public bool Succeeded => Status == InvocationStatus.Completed;

    /// <summary>
    /// True when a limit tripped while one of the script's static constructors ran: the runtime remembers that type as
    /// failed for good, so this loaded script must be unloaded and the next invocation must run a fresh load of the
    /// compiled image.
    /// </summary>
    public bool DiscardLoadedScript { get; init; }

    /// <summary>
    /// True when the watchdog answered but the script's thread had not stopped (it is inside a framework call no guard
    /// reaches). In-process it stops when that call returns; a worker process holding it is ended instead.
    /// </summary>
    public bool ScriptStillRunning { get; init; }
}
