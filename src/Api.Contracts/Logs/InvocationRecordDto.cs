namespace ScriptHost.Api.Contracts.Logs;

/// <summary>One invocation: its outcome, HTTP status, duration, environment and, for a failure, its error.</summary>
public sealed record InvocationRecordDto(
    DateTimeOffset Timestamp,
    string Function,
    int Version,
    string InvocationId,
    InvocationStatus Status,
    int HttpStatus,
    double DurationMs,
    InvocationErrorDto? Error,
    string Environment);

/// <summary>
/// What a failed invocation ended with: the exception type (or the limit), its message, and where in the script it was
/// thrown: line, column and, when that was in shared code rather than the function's own source, the file
/// (<c>lib/x.cs</c>).
/// </summary>
public sealed record InvocationErrorDto(string Type, string? Message, int? Line, int? Column, string? File);
