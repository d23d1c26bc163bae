namespace ScriptHost.Storage.Usage;

/// <summary>Monthly invocation counters per environment and function; incremented through <see cref="Journal.IStorageJournal"/>.</summary>
public interface IUsageStore
{
    /// <summary>Adds all increments in one transaction (increments of services that no longer exist are skipped).</summary>
    Task AddUsageAsync(IReadOnlyList<UsageIncrement> increments, CancellationToken cancellationToken);

    /// <summary>
    /// The service's counters for <paramref name="month"/> ("YYYY-MM") of <paramref name="environment"/>, or of every
    /// environment when it is <c>null</c>; ordered by function path, then environment. Counters written before
    /// environments existed are production's.
    /// </summary>
    Task<IReadOnlyList<UsageCounter>> GetUsageAsync(string service, string month, string? environment, CancellationToken cancellationToken);

    /// <summary>The service's counters for <paramref name="month"/> of every environment.</summary>
    Task<IReadOnlyList<UsageCounter>> GetUsageAsync(string service, string month, CancellationToken cancellationToken) =>
        GetUsageAsync(service, month, environment: null, cancellationToken);
}
