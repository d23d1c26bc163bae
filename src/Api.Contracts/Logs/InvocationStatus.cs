namespace ScriptHost.Api.Contracts.Logs;

/// <summary>How an invocation ended.</summary>
public enum InvocationStatus
{
    Succeeded,
    Failed,
    TimedOut,
    LimitExceeded,
    Rejected,
}
