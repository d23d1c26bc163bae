namespace ScriptHost.Api.Contracts.Services;

/// <summary>The settings document; in a PUT or PATCH every field is optional (absent: kept; null: reset).</summary>
public sealed record SettingsDto
{
    /// <summary>Host names the service's functions may call: <c>api.example.com</c>, <c>*.example.com</c>, or an IP address.</summary>
    public IReadOnlyList<string>? EgressAllowedHosts { get; init; }

    /// <summary>Browser origins (<c>https://app.example.com</c>) that may call the functions, or <c>*</c>; none: any.</summary>
    public IReadOnlyList<string>? CorsAllowedOrigins { get; init; }

    /// <summary>Most key-value entries; null: the host default.</summary>
    public int? KeyValueMaxEntries { get; init; }

    /// <summary>Most key-value bytes (keys and values); null: the host default.</summary>
    public long? KeyValueMaxBytes { get; init; }

    /// <summary>Run this service's functions in the host process even when the host isolates functions in workers (admin only).</summary>
    public bool? RunInProcess { get; init; }
}
