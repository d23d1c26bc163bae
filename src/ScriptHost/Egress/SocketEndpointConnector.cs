using System.Net;
using System.Net.Sockets;

namespace ScriptHost.Egress;

/// <summary>Connects a TCP socket to exactly the approved endpoint.</summary>
internal sealed class SocketEndpointConnector : IEndpointConnector
{
    public async ValueTask<Stream> ConnectAsync(IPEndPoint approvedEndpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approvedEndpoint);
        var socket = new Socket(approvedEndpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(approvedEndpoint, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
