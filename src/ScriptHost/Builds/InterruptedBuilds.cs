using ScriptHost.Storage;

namespace ScriptHost.Builds;

/// <summary>
/// At start-up, before the live table loads: a build still queued or building was interrupted by the stop (no build
/// survives its process), so it is failed with that reason, never left half done.
/// </summary>
internal sealed class InterruptedBuilds(IScriptHostStore store, ILogger<InterruptedBuilds> logger) : IHostedLifecycleService
{
    public const string Reason = "interrupted by a restart";

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var failed = await store.Builds.FailInterruptedAsync(Reason, cancellationToken);
        foreach (var build in failed)
        {
            logger.LogWarning("Build {Build} of {Service} was {Reason}; it is failed.", build.Id, build.Service, Reason);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
