namespace ScriptHost.Api.Client.Logs;

/// <summary>
/// An open log tail (<c>GET .../logs/stream</c>): the server has answered, so it is subscribed — nothing logged from now
/// on is missed. <see cref="ReadAllAsync"/> gives the events as they come; disposing closes the connection.
/// </summary>
public sealed class LogStream : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly Stream _body;

    internal LogStream(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _body = body;
    }

    /// <summary>The events, until the server ends the stream or <paramref name="cancellationToken"/> fires.</summary>
    public IAsyncEnumerable<TailEvent> ReadAllAsync(CancellationToken cancellationToken = default) => LogTail.ReadAsync(_body, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _body.DisposeAsync();
        _response.Dispose();
    }
}
