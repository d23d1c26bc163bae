using ScriptHost.Api.Contracts.Logs;

namespace ScriptHost.Api.Client.Logs;

/// <summary>One event of the live log tail: a line a function logged, or the record of an invocation that ended.</summary>
public abstract record TailEvent
{
    private protected TailEvent()
    {
    }

    /// <summary><c>event: log</c>: a line, as <c>.../logs</c> lists it.</summary>
    public sealed record LogLine(LogEntryDto Entry) : TailEvent;

    /// <summary><c>event: invocation</c>: an invocation ended (after its lines), as <c>.../invocations</c> lists it.</summary>
    public sealed record InvocationEnded(InvocationRecordDto Record) : TailEvent;
}
