namespace ScriptHost.Storage.Logs;

/// <summary>A line a function logged during one invocation, in <see cref="Environment"/> (older entries read as production).</summary>
public sealed record LogEntry(
    string Service,
    string FunctionPath,
    int Version,
    string InvocationId,
    FunctionLogLevel Level,
    string Message,
    DateTimeOffset Timestamp,
    string Environment = Validation.EnvironmentName.Production);
