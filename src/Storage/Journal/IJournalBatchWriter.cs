using ScriptHost.Storage.Invocations;
using ScriptHost.Storage.Logs;
using ScriptHost.Storage.Usage;

namespace ScriptHost.Storage.Journal;

/// <summary>Stores one journal batch, all of it or none of it.</summary>
internal interface IJournalBatchWriter
{
    /// <param name="invocations">Invocation records of the batch.</param>
    /// <param name="logs">Log entries of the batch.</param>
    /// <param name="usage">Usage to add, one increment per counter.</param>
    /// <param name="durable">
    /// True when a caller waits for the batch (a flush, the final drain): it must be on disk when this returns.
    /// Otherwise committing is enough; the store makes it durable soon after.
    /// </param>
    void WriteBatch(IReadOnlyList<InvocationRecord> invocations, IReadOnlyList<LogEntry> logs, IReadOnlyList<UsageIncrement> usage, bool durable);
}
