using ScriptHost.Storage.Invocations;
using ScriptHost.Storage.Journal;
using ScriptHost.Storage.Logs;
using ScriptHost.Storage.Usage;

namespace ScriptHost.Storage.LiteDb;

/// <summary>Writes a journal batch in one LiteDB transaction: one commit for the whole batch, a checkpoint only when it must be durable.</summary>
internal sealed class LiteDbJournalBatchWriter(
    LiteDbContext context,
    LiteDbInvocationStore invocations,
    LiteDbLogStore logs,
    LiteDbUsageStore usage) : IJournalBatchWriter
{
    public void WriteBatch(IReadOnlyList<InvocationRecord> invocationRecords, IReadOnlyList<LogEntry> logEntries, IReadOnlyList<UsageIncrement> usageIncrements, bool durable) =>
        context.WriteBatch(
            _ =>
            {
                // The stores complete synchronously; inside this write they join its transaction.
                invocations.AppendInvocationsAsync(invocationRecords, CancellationToken.None).GetAwaiter().GetResult();
                logs.AppendLogsAsync(logEntries, CancellationToken.None).GetAwaiter().GetResult();
                usage.AddUsageAsync(usageIncrements, CancellationToken.None).GetAwaiter().GetResult();
            },
            checkpoint: durable);
}
