namespace ScriptHost.Storage.Invocations;

/// <summary>How an invocation ended.</summary>
public enum InvocationStatus
{
    Succeeded,
    Failed,
    TimedOut,
    LimitExceeded,
    Rejected,
}
