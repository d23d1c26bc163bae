namespace ScriptHost.Storage.Services;

/// <summary>
/// Limits on one service's key-value store. In a service's settings a <c>null</c> limit is the store default's (so
/// setting one limit never lifts the other); in the store default itself a <c>null</c> limit is not enforced.
/// </summary>
public sealed record KeyValueQuota(int? MaxEntries, long? MaxTotalBytes);
