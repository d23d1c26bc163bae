namespace ScriptHost.Storage.KeyValue;

/// <summary>
/// The key-value store scripts use, one per service. A value is at most
/// <see cref="StorageOptions.MaxKeyValueBytes"/> bytes of UTF-8 (larger throws
/// <see cref="Errors.ValueTooLargeException"/>); a write beyond the service's quota throws
/// <see cref="Errors.QuotaExceededException"/>. Both leave the stored entries unchanged.
/// </summary>
public interface IKeyValueStore
{
    /// <summary>The value, or <c>null</c> if the key is not set.</summary>
    Task<string?> GetAsync(string service, string key, CancellationToken cancellationToken);

    /// <summary>Creates or replaces the value. Throws <see cref="Errors.StorageNotFoundException"/> if the service does not exist.</summary>
    Task SetAsync(string service, string key, string value, CancellationToken cancellationToken);

    /// <summary>Deletes the key; <c>false</c> if it was not set.</summary>
    Task<bool> DeleteAsync(string service, string key, CancellationToken cancellationToken);

    /// <summary>Keys starting with <paramref name="prefix"/> (ordinal), sorted, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<string>> ListKeysAsync(string service, string prefix, int limit, CancellationToken cancellationToken);

    /// <summary>How many entries and bytes (keys + values, UTF-8) the service uses, as the quota counts them.</summary>
    Task<KeyValueUsage> GetUsageAsync(string service, CancellationToken cancellationToken);
}
