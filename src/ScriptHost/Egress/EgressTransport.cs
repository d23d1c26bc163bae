using System.Net;
using System.Net.Sockets;

namespace ScriptHost.Egress;

/// <summary>
/// The one connection pool every function's outbound HTTP goes through (a singleton). Its connect step resolves the
/// host itself, refuses unless every address is public, and connects to an address it has just checked, so a DNS
/// answer that changes between check and connect (rebinding) cannot steer a connection inward. Which hosts a service
/// may call is decided per request by <see cref="EgressPolicy"/> before the request gets here.
/// </summary>
internal sealed class EgressTransport : IDisposable
{
    private readonly IHostResolver _resolver;
    private readonly IEndpointConnector _connector;
    private readonly SocketsHttpHandler _handler;
    private readonly HttpMessageInvoker _invoker;

    public EgressTransport(IHostResolver resolver, IEndpointConnector connector)
    {
        _resolver = resolver;
        _connector = connector;
        _handler = new SocketsHttpHandler
        {
            ConnectCallback = ConnectAsync,

            // Redirects are followed by EgressHttpClient, which re-applies the policy to every hop.
            AllowAutoRedirect = false,

            // A proxy would make the connect step see the proxy's address instead of the target's.
            UseProxy = false,

            // The pool is shared by every tenant: a shared cookie jar or cached credentials would leak between them.
            UseCookies = false,
            Credentials = null,
            PreAuthenticate = false,

            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(10),

            // Bounds how long a connection made to a once-checked address outlives later DNS changes.
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(60),
            MaxConnectionsPerServer = 32,
            MaxResponseHeadersLength = 64,
        };
        _invoker = new HttpMessageInvoker(_handler, disposeHandler: true);
    }

    /// <summary>Sends one request (no redirects followed); the response's headers are read, its body is not yet.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // HTTP/3 runs over QUIC, which does not go through ConnectCallback; pin HTTP/1.1 (HTTP/2 via ALPN is fine).
        request.Version = HttpVersion.Version11;
        request.VersionPolicy = HttpVersionPolicy.RequestVersionOrLower;
        return _invoker.SendAsync(request, cancellationToken);
    }

    public void Dispose() => _invoker.Dispose();

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var port = context.DnsEndPoint.Port;

        var addresses = EgressAllowlist.TryParseLiteral(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await _resolver.ResolveAsync(host, cancellationToken).ConfigureAwait(false);
        EgressPolicy.CheckResolvedAddresses(host, addresses);

        // Only the addresses checked above are ever connected to; nothing resolves the name again.
        SocketException? lastFailure = null;
        foreach (var address in addresses)
        {
            try
            {
                return await _connector.ConnectAsync(new IPEndPoint(address, port), cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException e)
            {
                lastFailure = e;
            }
        }

        throw lastFailure ?? new SocketException((int)SocketError.HostNotFound);
    }
}
