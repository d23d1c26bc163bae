using System.Threading.Channels;
using ScriptHost.Storage.Logs;

namespace ScriptHost.Logs;

/// <summary>One live tail's view of a service's log lines, buffered from the moment it was created until disposed.</summary>
internal sealed class LogSubscription(ChannelReader<LogEntry> reader, Action unsubscribe) : IDisposable
{
    /// <summary>The lines logged since the subscription began, then each new one, until cancelled.</summary>
    public IAsyncEnumerable<LogEntry> ReadAllAsync(CancellationToken cancellationToken) => reader.ReadAllAsync(cancellationToken);

    public void Dispose() => unsubscribe();
}
