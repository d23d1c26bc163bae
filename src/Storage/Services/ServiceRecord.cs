namespace ScriptHost.Storage.Services;

/// <summary>
/// A tenant: owns functions, environment variables, assets, key-value entries, logs and usage.
/// Only the SHA-256 hash of its API key is stored (see <see cref="KeyHash"/>).
/// </summary>
public sealed record ServiceRecord(
    string Name,
    DateTimeOffset CreatedAt,
    ReadOnlyMemory<byte> ApiKeyHash,
    ServiceSettings Settings)
{
    /// <summary>The key rotated out last, accepted until it expires; <c>null</c> when none is.</summary>
    public PreviousKeyHash? PreviousApiKeyHash { get; init; }
}
