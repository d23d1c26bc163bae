namespace ScriptHost.Storage.KeyValue;

/// <summary>What a service's key-value store holds, measured as the quota measures it.</summary>
public sealed record KeyValueUsage(int Entries, long TotalBytes);
