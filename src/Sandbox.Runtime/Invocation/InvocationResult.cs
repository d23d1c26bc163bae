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
    /// When a limit answered before the script's thread had stopped: the script's run, which completes once that thread
    /// is free. A tripped guard unwinds it within moments; one still running after that is inside a framework call no
    /// guard reaches. In-process it stops when that call returns; a worker process holding it is ended instead. Null
    /// when the thread had stopped by the answer.
    /// </summary>
    public Task? UnfinishedRun { get; init; }
}
