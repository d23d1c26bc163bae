using System.Collections.Concurrent;
using System.Threading.Channels;
using ScriptHost.Storage.Logs;

namespace ScriptHost.Logs;

/// <summary>
/// Fans log lines out to live tails (<c>GET .../logs/stream</c>). A slow subscriber loses its oldest lines rather
/// than slowing functions down.
/// </summary>
internal sealed class LogBroadcaster
{
    private const int SubscriberBuffer = 1000;
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Channel<LogEntry>, byte>> _subscribers = new(StringComparer.Ordinal);

    public void Publish(LogEntry entry)
    {
        if (!_subscribers.TryGetValue(entry.Service, out var channels) || channels.IsEmpty)
        {
            return;
        }

        foreach (var channel in channels.Keys)
        {
            channel.Writer.TryWrite(entry);
        }
    }

    /// <summary>
    /// Starts receiving <paramref name="service"/>'s log lines now, so nothing logged after this call is missed even
    /// before the caller starts reading. Disposing the subscription stops it.
    /// </summary>
    public LogSubscription Subscribe(string service)
    {
        var channel = Channel.CreateBounded<LogEntry>(new BoundedChannelOptions(SubscriberBuffer)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var channels = _subscribers.GetOrAdd(service, _ => new());
        channels[channel] = 0;
        return new LogSubscription(channel.Reader, () => channels.TryRemove(channel, out _));
    }
}
