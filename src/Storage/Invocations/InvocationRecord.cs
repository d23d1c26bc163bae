namespace ScriptHost.Storage.Invocations;

/// <summary>
/// One call of a function: outcome, timing and, on failure, the error and where in the script it was thrown (line,
/// column, and <see cref="ErrorFile"/>: the shared code file, <c>lib/x.cs</c>, when it was not the function's own
/// source); <see cref="Environment"/> is the environment that served it (records written before environments existed
/// read as production; before columns and files were kept, without them).
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
    string Environment = Validation.EnvironmentName.Production,
    int? ErrorColumn = null,
    string? ErrorFile = null);
