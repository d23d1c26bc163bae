using System.Threading.Channels;

namespace ScriptHost.Logs;

/// <summary>One live tail's view of a service's events, buffered from the moment it was created until disposed.</summary>
internal sealed class LogSubscription(ChannelReader<TailEvent> reader, Action unsubscribe) : IDisposable
{
    /// <summary>The events published since the subscription began, then each new one, until cancelled.</summary>
    public IAsyncEnumerable<TailEvent> ReadAllAsync(CancellationToken cancellationToken) => reader.ReadAllAsync(cancellationToken);

    public void Dispose() => unsubscribe();
}
