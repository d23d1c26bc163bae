namespace ScriptHost.Storage.Logs;

/// <summary>
/// Function logs. Entries are written through <see cref="Journal.IStorageJournal"/> (batched, off the
/// request path); <see cref="AppendLogsAsync"/> is the direct path the journal uses and tests may use.
/// </summary>
public interface ILogStore
{
    /// <summary>Stores entries in one transaction, skipping entries of services that no longer exist.</summary>
    Task AppendLogsAsync(IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken);

    /// <summary>The service's entries matching <paramref name="query"/>, newest first.</summary>
    Task<IReadOnlyList<LogEntry>> QueryLogsAsync(string service, LogQuery query, CancellationToken cancellationToken);

    /// <summary>Deletes entries older than the policy's age and beyond its per-service count; returns how many. The server calls this periodically.</summary>
    Task<int> ApplyLogRetentionAsync(RetentionPolicy policy, CancellationToken cancellationToken);
}
