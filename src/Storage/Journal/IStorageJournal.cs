using ScriptHost.Storage.Invocations;
using ScriptHost.Storage.Logs;

namespace ScriptHost.Storage.Journal;

/// <summary>
/// The hot-path writer: invocation records and log entries are queued in memory and usage is counted in
/// memory (cheap, never blocks), then written in batches by one background task, at least every
/// <see cref="StorageOptions.JournalFlushInterval"/> and whenever a batch fills. When more than
/// <see cref="StorageOptions.JournalCapacity"/> records and entries wait, new ones are dropped and counted.
/// A queued item is durable only after a flush: <see cref="FlushAsync"/> or <see cref="IAsyncDisposable.DisposeAsync"/>
/// (graceful shutdown) write everything queued before the call.
/// </summary>
public interface IStorageJournal : IAsyncDisposable
{
    /// <summary>Queues an invocation record. Does not count usage: call <see cref="CountInvocation"/> for that.</summary>
    void Append(InvocationRecord record);

    /// <summary>Queues a log entry.</summary>
    void Append(LogEntry entry);

    /// <summary>Queues one invocation for the (service, environment, function, month of <paramref name="timestamp"/>) usage counter.</summary>
    void CountInvocation(string service, string functionPath, DateTimeOffset timestamp, string environment = Validation.EnvironmentName.Production);

    /// <summary>Completes when everything queued before the call is stored.</summary>
    Task FlushAsync(CancellationToken cancellationToken);

    /// <summary>Batches that failed to write (their items are dropped, see <see cref="LastError"/>); 0 in a healthy host.</summary>
    long FailedBatches { get; }

    /// <summary>Records and entries queued and not yet taken by the writer (a batch being written is no longer counted).</summary>
    long Pending { get; }

    /// <summary>Records and entries dropped because the queue was full (the store could not keep up); usage counts are never dropped.</summary>
    long DroppedItems { get; }

    /// <summary>The last write failure, for health checks; <c>null</c> if none.</summary>
    Exception? LastError { get; }
}
