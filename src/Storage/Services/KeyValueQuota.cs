namespace ScriptHost.Storage.Services;

/// <summary>Limits on one service's key-value store; a <c>null</c> limit is not enforced.</summary>
public sealed record KeyValueQuota(int? MaxEntries, long? MaxTotalBytes);
