using ScriptHost.Storage;

namespace ScriptHost.Hosting;

/// <summary>
/// After the server has drained in-flight requests: writes everything the journal (invocation records, logs, usage)
/// still holds, so a graceful stop loses none of it.
/// </summary>
internal sealed class JournalFlushOnStop(IScriptHostStore store) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => store.Journal.FlushAsync(cancellationToken);
}
