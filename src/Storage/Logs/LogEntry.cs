namespace ScriptHost.Storage.Logs;

/// <summary>A line a function logged during one invocation.</summary>
public sealed record LogEntry(
    string Service,
    string FunctionPath,
    int Version,
    string InvocationId,
    FunctionLogLevel Level,
    string Message,
    DateTimeOffset Timestamp);
