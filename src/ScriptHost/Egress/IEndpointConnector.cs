using System.Net;

namespace ScriptHost.Egress;

/// <summary>
/// Opens a TCP stream to an endpoint the egress policy has already approved. The only job of this seam is opening the
/// socket; every decision is made before it is called. Production connects to exactly that endpoint; a test connector
/// may route an approved public endpoint to a loopback test server, which is the only way tests reach one.
/// </summary>
internal interface IEndpointConnector
{
    /// <summary>A connected stream to <paramref name="approvedEndpoint"/>.</summary>
    ValueTask<Stream> ConnectAsync(IPEndPoint approvedEndpoint, CancellationToken cancellationToken);
}
