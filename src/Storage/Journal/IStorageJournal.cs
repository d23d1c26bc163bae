using ScriptHost.Storage.Invocations;
using ScriptHost.Storage.Logs;

namespace ScriptHost.Storage.Journal;

/// <summary>
/// The hot-path writer: invocation records, log entries and usage increments are queued in memory
/// (cheap, never blocks) and written in batches by one background task, at least every
/// <see cref="StorageOptions.JournalFlushInterval"/> and whenever a batch fills.
/// A queued item is durable only after a flush: <see cref="FlushAsync"/> or <see cref="IAsyncDisposable.DisposeAsync"/>
/// (graceful shutdown) write everything queued before the call.
/// </summary>
public interface IStorageJournal : IAsyncDisposable
{
    /// <summary>Queues an invocation record. Does not count usage: call <see cref="CountInvocation"/> for that.</summary>
    void Append(InvocationRecord record);

    /// <summary>Queues a log entry.</summary>
    void Append(LogEntry entry);

    /// <summary>Queues one invocation for the (service, function, month of <paramref name="timestamp"/>) usage counter.</summary>
    void CountInvocation(string service, string functionPath, DateTimeOffset timestamp);

    /// <summary>Completes when everything queued before the call is stored.</summary>
    Task FlushAsync(CancellationToken cancellationToken);

    /// <summary>Batches that failed to write (their items are dropped, see <see cref="LastError"/>); 0 in a healthy host.</summary>
    long FailedBatches { get; }

    /// <summary>The last write failure, for health checks; <c>null</c> if none.</summary>
    Exception? LastError { get; }
}
