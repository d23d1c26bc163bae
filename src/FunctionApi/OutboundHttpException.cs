namespace ScriptHost.Functions;

/// <summary>
/// Thrown by <see cref="IOutboundHttp"/> when an allowed outbound call fails on the network: the host name does not
/// resolve, the connection is refused or reset, TLS fails. (A refusal by the egress policy is an
/// <see cref="EgressDeniedException"/>; an HTTP error status is not an exception: check <see cref="HttpResult.StatusCode"/>.)
/// </summary>
public sealed class OutboundHttpException : Exception
{
    /// <summary>Creates the exception for a failed call to <paramref name="host"/>.</summary>
    public OutboundHttpException(string host, string detail, Exception? innerException = null)
        : base($"Outbound HTTP to '{host}' failed: {detail}", innerException)
    {
        Host = host;
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public OutboundHttpException()
        : base("An outbound HTTP call failed.")
    {
        Host = string.Empty;
    }

    /// <summary>Creates the exception with a message.</summary>
    public OutboundHttpException(string message)
        : base(message)
    {
        Host = string.Empty;
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public OutboundHttpException(string message, Exception innerException)
        : base(message, innerException)
    {
        Host = string.Empty;
    }

    /// <summary>Recreates a failure reported elsewhere (by the host, to a worker) with its message and host as they were.</summary>
    internal OutboundHttpException(string message, string host)
        : base(message)
    {
        Host = host;
    }

    /// <summary>The host the call went to.</summary>
    public string Host { get; }
}
