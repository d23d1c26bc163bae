namespace ScriptHost.Storage.Invocations;

/// <summary>
/// One call of a function: outcome, timing and, on failure, the error and the script line; <see cref="Environment"/> is
/// the environment that served it (records written before environments existed read as production).
/// </summary>
public sealed record InvocationRecord(
    string Service,
    string FunctionPath,
    int Version,
    string InvocationId,
    InvocationStatus Status,
    int HttpStatus,
    double DurationMs,
    DateTimeOffset Timestamp,
    string? ErrorType = null,
    string? ErrorMessage = null,
    int? ErrorLine = null,
    string Environment = Validation.EnvironmentName.Production);
