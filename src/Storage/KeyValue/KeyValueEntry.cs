namespace ScriptHost.Storage.KeyValue;

/// <summary>One entry of a service's key-value store. Values are text (scripts usually store JSON).</summary>
public sealed record KeyValueEntry(string Key, string Value, DateTimeOffset UpdatedAt);
