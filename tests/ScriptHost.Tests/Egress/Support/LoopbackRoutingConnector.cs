using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using ScriptHost.Egress;

namespace ScriptHost.Tests.Egress.Support;

/// <summary>
/// The test-only stand-in for the network: connects an endpoint the policy approved (a "public" address on port 80)
/// to the loopback test server instead. It connects nowhere else, so no test can send traffic off this machine, and it
/// records every approved endpoint so tests can assert what the policy let through. The policy itself is untouched.
/// </summary>
internal sealed class LoopbackRoutingConnector : IEndpointConnector
{
    private readonly ConcurrentDictionary<IPEndPoint, int> _routes = new();
    private readonly ConcurrentQueue<IPEndPoint> _connections = new();
    private readonly SocketEndpointConnector _loopback = new();

    /// <summary>The approved endpoints connected to, in order.</summary>
    public IReadOnlyCollection<IPEndPoint> Connections => _connections;

    /// <summary>Routes connections to <paramref name="address"/>:<paramref name="port"/> to the loopback server on <paramref name="loopbackPort"/>.</summary>
    public LoopbackRoutingConnector Route(string address, int port, int loopbackPort)
    {
        _routes[new IPEndPoint(IPAddress.Parse(address), port)] = loopbackPort;
        return this;
    }

    public ValueTask<Stream> ConnectAsync(IPEndPoint approvedEndpoint, CancellationToken cancellationToken)
    {
        _connections.Enqueue(approvedEndpoint);
        if (!_routes.TryGetValue(approvedEndpoint, out var loopbackPort))
        {
            throw new SocketException((int)SocketError.NetworkUnreachable);
        }

        return _loopback.ConnectAsync(new IPEndPoint(IPAddress.Loopback, loopbackPort), cancellationToken);
    }
}
