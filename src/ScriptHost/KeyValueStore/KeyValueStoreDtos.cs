namespace ScriptHost.KeyValueStore;

/// <summary>Keys under a prefix, in ordinal order; <c>more</c> when further keys match beyond the limit.</summary>
internal sealed record KeyValueListDto(IReadOnlyList<string> Keys, bool More, KeyValueUsageDto Usage);

/// <summary>What the whole store holds, as its quota counts it (keys and values, UTF-8 bytes).</summary>
internal sealed record KeyValueUsageDto(int Entries, long TotalBytes);

/// <summary>One entry: the key and its text value.</summary>
internal sealed record KeyValueEntryDto(string Key, string Value);

/// <summary>The body of <c>PUT .../store/entry?key=</c>.</summary>
internal sealed record KeyValueEntryRequest(string? Value);
