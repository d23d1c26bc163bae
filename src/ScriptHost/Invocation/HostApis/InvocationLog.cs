using ScriptHost.Functions;
using ScriptHost.Logs;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Storage.Journal;
using ScriptHost.Storage.Logs;

namespace ScriptHost.Invocation.HostApis;

/// <summary>
/// A function's <c>Log</c>: lines go to the journal (batched to storage) and to live tails, capped per invocation
/// so a chatty loop cannot flood the store, and escaped (<see cref="LogText"/>) so one call is one line.
/// </summary>
internal sealed class InvocationLog(
    IStorageJournal journal,
    LogBroadcaster broadcaster,
    string service,
    string environment,
    string functionPath,
    int version,
    string invocationId,
    int maxLines) : IFunctionLog
{
    private const int MaxLineLength = 4096;
    private readonly List<LogEntry> _lines = [];
    private int _count;

    /// <summary>The lines kept, in order (for the snippet runner's answer).</summary>
    public IReadOnlyList<LogEntry> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public void Info(string message) => Write(FunctionLogLevel.Info, message);

    public void Warn(string message) => Write(FunctionLogLevel.Warn, message);

    public void Error(string message) => Write(FunctionLogLevel.Error, message);

    /// <summary>Writes one line; also how lines a worker forwards arrive.</summary>
    public void Write(FunctionLogLevel level, string? message)
    {
        var count = Interlocked.Increment(ref _count);
        if (count > maxLines + 1)
        {
            return;
        }

        message = count == maxLines + 1
            ? $"(log capped: further lines of this invocation are dropped after {maxLines})"
            : LogText.Escape(message ?? string.Empty, MaxLineLength);

        // Logs count against the invocation's output budget with the result; past it, lines are dropped, not thrown.
        if (InvocationBudget.Current is { } budget && !budget.TryChargeOutput(System.Text.Encoding.UTF8.GetByteCount(message)))
        {
            return;
        }

        var entry = new LogEntry(service, functionPath, version, invocationId, level, message, DateTimeOffset.UtcNow, environment);
        lock (_lines)
        {
            _lines.Add(entry);
        }

        journal.Append(entry);
        broadcaster.Publish(entry);
    }
}
