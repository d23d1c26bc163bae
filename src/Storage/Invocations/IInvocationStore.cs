using ScriptHost.Storage.Logs;

namespace ScriptHost.Storage.Invocations;

/// <summary>Invocation records; written through <see cref="Journal.IStorageJournal"/> like logs.</summary>
public interface IInvocationStore
{
    /// <summary>Stores records in one transaction, skipping records of services that no longer exist.</summary>
    Task AppendInvocationsAsync(IReadOnlyList<InvocationRecord> records, CancellationToken cancellationToken);

    /// <summary>The service's records matching <paramref name="query"/>, newest first.</summary>
    Task<IReadOnlyList<InvocationRecord>> QueryInvocationsAsync(string service, InvocationQuery query, CancellationToken cancellationToken);

    /// <summary>Deletes records older than the policy's age and beyond its per-service count; returns how many.</summary>
    Task<int> ApplyInvocationRetentionAsync(RetentionPolicy policy, CancellationToken cancellationToken);
}
