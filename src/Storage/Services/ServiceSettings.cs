using System.Collections.Immutable;

namespace ScriptHost.Storage.Services;

/// <summary>Per-service settings the server enforces: CORS, outbound HTTP, key-value quota.</summary>
public sealed record ServiceSettings
{
    /// <summary>Origins a browser may call this service's functions from; empty means no CORS headers.</summary>
    public ImmutableArray<string> CorsAllowedOrigins { get; init; } = [];

    /// <summary>Host names this service's functions may call; empty means no outbound HTTP.</summary>
    public ImmutableArray<string> EgressAllowedHosts { get; init; } = [];

    /// <summary>Key-value quota; <c>null</c> means the store-wide default from <see cref="StorageOptions"/>.</summary>
    public KeyValueQuota? KeyValueQuota { get; init; }

    /// <summary>
    /// Runs this service's functions in the host process even when the host isolates functions in workers: for a
    /// trusted service that needs the last bit of speed. Only the admin may set it.
    /// </summary>
    public bool RunInProcess { get; init; }
}
