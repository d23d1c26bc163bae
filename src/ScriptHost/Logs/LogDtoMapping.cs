using ScriptHost.Api.Contracts.Logs;
using ScriptHost.Contracts;
using ScriptHost.Storage.Invocations;
using ScriptHost.Storage.Logs;

namespace ScriptHost.Logs;

/// <summary>Stored log lines and invocation records as the API shows them.</summary>
internal static class LogDtoMapping
{
    extension(LogEntryDto)
    {
        public static LogEntryDto From(LogEntry entry) =>
            new(entry.Timestamp, entry.Level.ToWire(), entry.FunctionPath, entry.Version, entry.InvocationId, entry.Message, entry.Environment);
    }

    extension(InvocationRecordDto)
    {
        public static InvocationRecordDto From(InvocationRecord record) => new(
            record.Timestamp,
            record.FunctionPath,
            record.Version,
            record.InvocationId,
            record.Status.ToWire(),
            record.HttpStatus,
            record.DurationMs,
            record.ErrorType is null ? null : new InvocationErrorDto(record.ErrorType, record.ErrorMessage, record.ErrorLine, record.ErrorColumn, record.ErrorFile),
            record.Environment);
    }
}
