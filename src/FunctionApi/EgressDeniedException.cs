namespace ScriptHost.Functions;

/// <summary>
/// Thrown by <see cref="IOutboundHttp"/> when the host's egress policy refuses an outbound call: a host that is not on
/// the service's allowlist, an address that is not public (loopback, private, link-local, metadata, ...), a scheme or
/// port other than http:80 / https:443, a redirect to any of those, too many redirects, or a body over the size limit.
/// </summary>
public sealed class EgressDeniedException : Exception
{
    /// <summary>Creates the exception for a refusal of <paramref name="host"/> (at <paramref name="address"/>, if known) because of <paramref name="reason"/>.</summary>
    public EgressDeniedException(string host, string? address, string reason)
        : base(Describe(host, address, reason))
    {
        Host = host;
        Address = address;
        Reason = reason;
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public EgressDeniedException()
        : this("The outbound call was refused by the egress policy.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public EgressDeniedException(string message)
        : base(message)
    {
        Reason = message;
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public EgressDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = message;
    }

    /// <summary>Recreates a refusal reported elsewhere (by the host, to a worker) with its message and parts as they were.</summary>
    internal EgressDeniedException(string message, string? host, string? address, string reason)
        : base(message)
    {
        Host = host;
        Address = address;
        Reason = reason;
    }

    /// <summary>The host name (or literal address) of the URL that was refused; null when not known.</summary>
    public string? Host { get; }

    /// <summary>The IP address that was refused, when the refusal is about an address; otherwise null.</summary>
    public string? Address { get; }

    /// <summary>Why the call was refused, e.g. <c>"not on the service's egress allowlist"</c> or <c>"a loopback address"</c>.</summary>
    public string Reason { get; } = string.Empty;

    private static string Describe(string host, string? address, string reason) =>
        address switch
        {
            null => $"Outbound HTTP to '{host}' refused: {reason}.",
            _ when address == host => $"Outbound HTTP to '{host}' refused: it is {reason}.",
            _ => $"Outbound HTTP to '{host}' refused: it resolves to {address}, {reason}.",
        };
}
