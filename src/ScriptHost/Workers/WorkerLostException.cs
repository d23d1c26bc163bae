namespace ScriptHost.Workers;

/// <summary>The worker running an invocation ended before answering it.</summary>
internal sealed class WorkerLostException(WorkerExitReason reason, string detail)
    : Exception($"The worker ended ({reason}): {detail}")
{
    public WorkerExitReason Reason { get; } = reason;

    public string Detail { get; } = detail;
}
