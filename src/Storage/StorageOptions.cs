namespace ScriptHost.Storage;

/// <summary>Where the database lives and the store-wide limits.</summary>
public sealed record StorageOptions
{
    /// <summary>Path of the LiteDB file; its directory is created if missing.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>Largest key-value value, in UTF-8 bytes.</summary>
    public int MaxKeyValueBytes { get; init; } = 64 * 1024;

    /// <summary>Longest key-value key, in UTF-8 bytes.</summary>
    public int MaxKeyValueKeyBytes { get; init; } = 512;

    /// <summary>Quota for services whose settings name none.</summary>
    public Services.KeyValueQuota DefaultKeyValueQuota { get; init; } = new(MaxEntries: 10_000, MaxTotalBytes: 64L * 1024 * 1024);

    /// <summary>The journal writes a batch at least this often while items are queued.</summary>
    public TimeSpan JournalFlushInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The journal writes as soon as this many items are queued.</summary>
    public int JournalBatchSize { get; init; } = 1000;

    /// <summary>
    /// The most records and log entries that may wait for the journal writer; beyond it they are dropped and counted
    /// (usage counts never are). Bounds the memory an overload can take: entries are a few hundred bytes each.
    /// </summary>
    public int JournalCapacity { get; init; } = 100_000;

    /// <summary>Clock for timestamps the store assigns (created/updated times); tests replace it.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
