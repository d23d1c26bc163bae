namespace ScriptHost.Api.Contracts.Logs;

/// <summary>A line a function logged, with the function, version, invocation and environment it came from.</summary>
public sealed record LogEntryDto(DateTimeOffset Timestamp, FunctionLogLevel Level, string Function, int Version, string InvocationId, string Message, string Environment);
