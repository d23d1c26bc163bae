namespace ScriptHost.Api.Contracts.Security;

/// <summary>The new key and until when the one it replaced still works.</summary>
public sealed record RotatedKey(string Key, DateTimeOffset PreviousKeyValidUntil);
