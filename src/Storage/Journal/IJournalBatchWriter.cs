using ScriptHost.Storage.Invocations;
using ScriptHost.Storage.Logs;
using ScriptHost.Storage.Usage;

namespace ScriptHost.Storage.Journal;

/// <summary>Stores one journal batch durably, all of it or none of it.</summary>
internal interface IJournalBatchWriter
{
    void WriteBatch(IReadOnlyList<InvocationRecord> invocations, IReadOnlyList<LogEntry> logs, IReadOnlyList<UsageIncrement> usage);
}
