using System.Threading.Channels;
using Microsoft.Extensions.Options;
using ScriptHost.Storage;
using ScriptHost.Storage.Builds;

namespace ScriptHost.Builds;

/// <summary>
/// Runs queued builds one after another (each compiles its functions in parallel): building, then completed with its
/// function versions and images, or failed with every diagnostic. An exception fails the build with a reason rather
/// than leaving it building; a build still queued or building when the server stops is failed at the next start
/// (<see cref="InterruptedBuilds"/>). Nothing here makes anything live.
/// </summary>
internal sealed class BuildQueue(BuildCompiler compiler, IScriptHostStore store, IOptions<BuildOptions> options, ILogger<BuildQueue> logger) : BackgroundService
{
    private readonly Channel<QueuedBuild> _builds = Channel.CreateBounded<QueuedBuild>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues <paramref name="build"/>; false when the queue is full.</summary>
    public bool TryEnqueue(QueuedBuild build) => _builds.Writer.TryWrite(build);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var build in _builds.Reader.ReadAllAsync(stoppingToken))
            {
                await RunAsync(build, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is still queued stays queued in storage and is failed at the next start.
        }
    }

    private async Task RunAsync(QueuedBuild build, CancellationToken stoppingToken)
    {
        try
        {
            await store.Builds.MarkBuildingAsync(build.Service, build.Id, stoppingToken);
            var outcome = await compiler.CompileAllAsync(build.Service, build.Input, stoppingToken);
            var finished = outcome.Functions is { } functions
                ? await store.Builds.CompleteAsync(build.Service, build.Id, functions, outcome.Diagnostics, stoppingToken)
                : await store.Builds.FailAsync(build.Service, build.Id, outcome.Diagnostics, outcome.CompiledPaths, reason: null, stoppingToken);
            logger.LogInformation(
                "Build {Build} of {Service} {Status}: {Functions} functions, {Diagnostics} diagnostics.",
                build.Id, build.Service, finished.Status, build.Input.Functions.Count, finished.Diagnostics.Count);
            build.Finished.TrySetResult(finished);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await FailAsync(build, "interrupted by a shutdown");
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Build {Build} of {Service} crashed.", build.Id, build.Service);
            await FailAsync(build, "the build stopped on an internal error; the server's log says why");
        }
    }

    private async Task FailAsync(QueuedBuild build, string reason)
    {
        try
        {
            build.Finished.TrySetResult(await store.Builds.FailAsync(build.Service, build.Id, [], compiledPaths: null, reason, CancellationToken.None));
        }
        catch (Exception exception)
        {
            // The service may be gone, or storage down: the next start fails the build if it is still unfinished.
            logger.LogError(exception, "Build {Build} of {Service} could not be marked failed.", build.Id, build.Service);
            build.Finished.TrySetException(exception);
        }
    }
}
