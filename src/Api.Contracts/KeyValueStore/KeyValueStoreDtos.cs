namespace ScriptHost.Api.Contracts.KeyValueStore;

/// <summary>Keys under a prefix, in ordinal order; <c>more</c> when further keys match beyond the limit.</summary>
public sealed record KeyValueListDto(IReadOnlyList<string> Keys, bool More, KeyValueUsageDto Usage);

/// <summary>What the whole store holds, as its quota counts it (keys and values, UTF-8 bytes).</summary>
public sealed record KeyValueUsageDto(int Entries, long TotalBytes);

/// <summary>One entry: the key and its text value.</summary>
public sealed record KeyValueEntryDto(string Key, string Value);

/// <summary>The body of <c>PUT .../store/entry?key=</c>.</summary>
public sealed record KeyValueEntryRequest(string? Value);
