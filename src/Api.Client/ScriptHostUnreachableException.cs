using System.Net.Sockets;

namespace ScriptHost.Api.Client;

/// <summary>The server could not be reached at all (refused, unknown host, timed out): there is no answer to show.</summary>
public sealed class ScriptHostUnreachableException : Exception
{
    public ScriptHostUnreachableException()
    {
    }

    public ScriptHostUnreachableException(string message)
        : base(message)
    {
    }

    public ScriptHostUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The server's address, as the client was given it.</summary>
    public Uri? Server { get; init; }

    /// <summary>
    /// <paramref name="exception"/> (a request that got no answer from <paramref name="server"/>) in one line for people:
    /// "cannot reach http://host:port: connection refused" (or "unknown host", or the socket's own words).
    /// </summary>
    public static ScriptHostUnreachableException From(Uri server, HttpRequestException exception)
    {
        var why = exception.InnerException switch
        {
            SocketException { SocketErrorCode: SocketError.ConnectionRefused } => "connection refused",
            SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData } => "unknown host",
            SocketException socket => socket.Message,
            _ when exception.HttpRequestError == HttpRequestError.NameResolutionError => "unknown host",
            _ => exception.Message,
        };
        return new ScriptHostUnreachableException($"cannot reach {server.GetLeftPart(UriPartial.Authority)}: {why}", exception) { Server = server };
    }
}
