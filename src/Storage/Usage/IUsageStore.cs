namespace ScriptHost.Storage.Usage;

/// <summary>Monthly invocation counters per function; incremented through <see cref="Journal.IStorageJournal"/>.</summary>
public interface IUsageStore
{
    /// <summary>Adds all increments in one transaction (increments of services that no longer exist are skipped).</summary>
    Task AddUsageAsync(IReadOnlyList<UsageIncrement> increments, CancellationToken cancellationToken);

    /// <summary>The service's counters for <paramref name="month"/> ("YYYY-MM"), ordered by function path.</summary>
    Task<IReadOnlyList<UsageCounter>> GetUsageAsync(string service, string month, CancellationToken cancellationToken);
}
