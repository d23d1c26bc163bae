using ScriptHost.Storage.Logs;

namespace ScriptHost.Logs;

/// <summary>A line a function logged, with the function, version, invocation and environment it came from.</summary>
internal sealed record LogEntryDto(DateTimeOffset Timestamp, FunctionLogLevel Level, string Function, int Version, string InvocationId, string Message, string Environment)
{
    public static LogEntryDto From(LogEntry entry) =>
        new(entry.Timestamp, entry.Level, entry.FunctionPath, entry.Version, entry.InvocationId, entry.Message, entry.Environment);
}
