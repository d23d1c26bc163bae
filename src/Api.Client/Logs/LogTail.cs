using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ScriptHost.Api.Contracts;
using ScriptHost.Api.Contracts.Logs;

namespace ScriptHost.Api.Client.Logs;

/// <summary>
/// Reads the server's log stream (<c>GET .../logs/stream</c>, server-sent events) as <see cref="TailEvent"/>s, with the
/// framework's SSE parser. Events of other types (a newer server's) are skipped, so an old client keeps tailing.
/// </summary>
public static class LogTail
{
    public const string LogEventType = "log";
    public const string InvocationEventType = "invocation";

    /// <summary>The events of <paramref name="stream"/>, until it ends or <paramref name="cancellationToken"/> fires.</summary>
    public static async IAsyncEnumerable<TailEvent> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var parser = SseParser.Create(stream, Parse);
        await foreach (var item in parser.EnumerateAsync(cancellationToken))
        {
            if (item.Data is { } tailEvent)
            {
                yield return tailEvent;
            }
        }
    }

    private static TailEvent? Parse(string eventType, ReadOnlySpan<byte> data) => eventType switch
    {
        LogEventType => new TailEvent.LogLine(Deserialize<LogEntryDto>(data)),
        InvocationEventType => new TailEvent.InvocationEnded(Deserialize<InvocationRecordDto>(data)),
        _ => null,
    };

    private static T Deserialize<T>(ReadOnlySpan<byte> data) =>
        JsonSerializer.Deserialize<T>(data, ApiJson.Options) ?? throw new JsonException($"A null {typeof(T).Name} in the log stream.");
}
