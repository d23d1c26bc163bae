using System.Runtime.CompilerServices;
using ScriptHost.Api.Client.Logs;
using ScriptHost.Api.Contracts.Logs;

namespace ScriptHost.Api.Client;

public sealed partial class ScriptHostClient
{
    /// <summary><c>GET .../logs?function=&amp;level=&amp;since=&amp;limit=&amp;environment=</c>: stored log lines.</summary>
    public Task<IReadOnlyList<LogEntryDto>> QueryLogsAsync(string service, LogQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new LogQuery();
        var level = query.Level is { } minimum ? LowerFirst(minimum.ToString()) : null;
        return GetAsync<IReadOnlyList<LogEntryDto>>(
            $"api/services/{Segment(service)}/logs"
                + Query(("function", query.Function), ("level", level), ("since", query.Since), ("limit", query.Limit), ("environment", query.Environment)),
            cancellationToken);
    }

    /// <summary><c>GET .../invocations?function=&amp;status=&amp;since=&amp;limit=&amp;environment=</c>: invocation records, newest first.</summary>
    public Task<IReadOnlyList<InvocationRecordDto>> QueryInvocationsAsync(
        string service, InvocationQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new InvocationQuery();
        var status = query.Status is { } wanted ? LowerFirst(wanted.ToString()) : null;
        return GetAsync<IReadOnlyList<InvocationRecordDto>>(
            $"api/services/{Segment(service)}/invocations"
                + Query(("function", query.Function), ("status", status), ("since", query.Since), ("limit", query.Limit), ("environment", query.Environment)),
            cancellationToken);
    }

    /// <summary>
    /// <c>GET .../logs/stream?function=&amp;level=&amp;environment=</c>: every line the service's functions log and every
    /// invocation that ends (as <paramref name="filter"/> narrows them), from now on,
    /// as they happen (server-sent events, read by <see cref="LogTail"/>), until <paramref name="cancellationToken"/>
    /// fires or the server goes away. The subscription exists once the first <c>MoveNextAsync</c> has got the
    /// answer's headers; <see cref="OpenLogStreamAsync"/> says when that is.
    /// </summary>
    public async IAsyncEnumerable<TailEvent> ReadLogStreamAsync(
        string service, LogTailFilter? filter = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var stream = await OpenLogStreamAsync(service, filter, cancellationToken);
        await foreach (var tailEvent in stream.ReadAllAsync(cancellationToken))
        {
            yield return tailEvent;
        }
    }

    /// <summary>
    /// Opens the log tail and returns once the server has answered (subscribed): what is logged after this returns is
    /// in the stream, so a caller can say "tailing" truthfully, or start what it wants to watch.
    /// </summary>
    public async Task<LogStream> OpenLogStreamAsync(string service, LogTailFilter? filter = null, CancellationToken cancellationToken = default)
    {
        filter ??= new LogTailFilter();
        var level = filter.Level is { } minimum ? LowerFirst(minimum.ToString()) : null;
        var response = await SendRawAsync(
            HttpMethod.Get,
            $"api/services/{Segment(service)}/logs/stream" + Query(("function", filter.Function), ("level", level), ("environment", filter.Environment)),
            body: null,
            HttpCompletionOption.ResponseHeadersRead,
            cancellationToken);
        try
        {
            return new LogStream(response, await response.Content.ReadAsStreamAsync(cancellationToken));
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static string LowerFirst(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
