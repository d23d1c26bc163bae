using ScriptHost.Storage.Logs;

namespace ScriptHost.Logs;

/// <summary>A line a function logged, with the function, version and invocation it came from.</summary>
internal sealed record LogEntryDto(DateTimeOffset Timestamp, FunctionLogLevel Level, string Function, int Version, string InvocationId, string Message)
{
    public static LogEntryDto From(LogEntry entry) =>
        new(entry.Timestamp, entry.Level, entry.FunctionPath, entry.Version, entry.InvocationId, entry.Message);
}
