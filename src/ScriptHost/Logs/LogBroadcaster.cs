using System.Collections.Concurrent;
using System.Threading.Channels;
using ScriptHost.Storage.Invocations;
using ScriptHost.Storage.Logs;

namespace ScriptHost.Logs;

/// <summary>
/// Fans a service's log lines, and the end of each of its invocations, out to live tails (<c>GET .../logs/stream</c>).
/// A slow subscriber loses its oldest events rather than slowing functions down.
/// </summary>
internal sealed class LogBroadcaster
{
    private const int SubscriberBuffer = 1000;
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Channel<TailEvent>, byte>> _subscribers = new(StringComparer.Ordinal);

    public void Publish(LogEntry entry) => Publish(entry.Service, new TailEvent(entry, null));

    /// <summary>An invocation ended (after every line it logged was published), as the journal records it.</summary>
    public void Publish(InvocationRecord ended) => Publish(ended.Service, new TailEvent(null, ended));

    /// <summary>
    /// Starts receiving <paramref name="service"/>'s events now, so nothing published after this call is missed even
    /// before the caller starts reading. Disposing the subscription stops it.
    /// </summary>
    public LogSubscription Subscribe(string service)
    {
        var channel = Channel.CreateBounded<TailEvent>(new BoundedChannelOptions(SubscriberBuffer)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var channels = _subscribers.GetOrAdd(service, _ => new());
        channels[channel] = 0;
        return new LogSubscription(channel.Reader, () => channels.TryRemove(channel, out _));
    }

    private void Publish(string service, TailEvent tailEvent)
    {
        if (!_subscribers.TryGetValue(service, out var channels) || channels.IsEmpty)
        {
            return;
        }

        foreach (var channel in channels.Keys)
        {
            channel.Writer.TryWrite(tailEvent);
        }
    }
}

/// <summary>One event of a live tail: a log line, or the record of an invocation that ended (exactly one is set).</summary>
internal readonly record struct TailEvent(LogEntry? Log, InvocationRecord? InvocationEnded);
