using System.Net;
using System.Net.Sockets;

namespace ScriptHost.Api.Client.Tests;

public sealed class ScriptHostUnreachableExceptionTests
{
    [Fact]
    public async Task AnyCall_NothingListening_SaysConnectionRefused()
    {
        var port = ClosedPort();
        using var client = new ScriptHostClient(new Uri($"http://127.0.0.1:{port}"), "any-key-0123456789abcdef0123456789");

        var unreachable = await Assert.ThrowsAsync<ScriptHostUnreachableException>(() => client.GetCallerAsync());

        Assert.Equal($"cannot reach http://127.0.0.1:{port}: connection refused", unreachable.Message);
    }

    /// <summary>A loopback port that was free a moment ago and that nothing listens on now.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
