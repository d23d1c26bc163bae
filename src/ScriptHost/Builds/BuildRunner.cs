using System.Collections.Concurrent;
using ScriptHost.Serving;
using ScriptHost.Storage.Validation;
using ScriptHost.Storage;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Errors;

namespace ScriptHost.Builds;

/// <summary>
/// Starts a build from a checked <see cref="BuildInput"/>: stores the new asset contents, stores the build as queued
/// and hands it to the <see cref="BuildQueue"/>. One build per service at a time: while one is queued or building,
/// another is refused naming it. The bundle route calls it; so can any other in-process caller (it answers with the
/// queued build and a task that completes when the build has finished).
/// </summary>
internal sealed class BuildRunner(IScriptHostStore store, BuildQueue queue, LiveServices live)
{
    // The build each service has queued or building; 0 while its first writes are under way.
    private readonly ConcurrentDictionary<string, int> _active = new(StringComparer.Ordinal);

    /// <summary>What starting a build came to.</summary>
    public abstract record Start;

    /// <summary>Queued; <see cref="Finished"/> completes with the build once it has completed or failed.</summary>
    public sealed record Started(BuildRecord Build, Task<BuildRecord> Finished) : Start;

    /// <summary>Not started: the service already has a build queued or building (0: one being stored).</summary>
    public sealed record AlreadyRunning(int BuildId) : Start;

    /// <summary>Not started: an earlier compile of the service answered at its limit and still runs.</summary>
    public sealed record CompileStillRunning : Start;

    /// <summary>Not started: too many builds are waiting across services.</summary>
    public sealed record QueueFull : Start;

    public async Task<Start> StartAsync(string service, BuildInput input, BuildOrigin origin, int? baseBuildId, CancellationToken cancellationToken)
    {
        if (live.TryGetService(service, out var state) && state.HasOverrunningCompile)
        {
            return new CompileStillRunning();
        }

        if (!_active.TryAdd(service, 0))
        {
            return new AlreadyRunning(_active.GetValueOrDefault(service));
        }

        var handedOver = false;
        try
        {
            var assets = new List<BuildAssetReference>(input.Assets.Count);
            foreach (var asset in input.Assets)
            {
                // Each blob in its own short write, before the build: a large bundle does not hold up other writes.
                var sha256 = asset.Content is { } content
                    ? (await store.Blobs.PutAssetBlobAsync(service, content, cancellationToken)).Sha256
                    : asset.Sha256!;
                assets.Add(new BuildAssetReference(asset.Path, asset.Visibility, asset.ContentType, sha256));
            }

            var functions = input.Functions
                .Select(function => new BuildFunctionReference(function.Path, function.Visibility, function.Limits, ContentHash.OfText(function.Source)))
                .ToList();
            var lib = input.Lib.Select(file => new BuildLibSource(SharedCodePath.ToStored(file.Path), file.Source)).ToList();
            var build = await store.Builds.CreateQueuedAsync(new BuildRequest(service, origin, functions, assets, lib, baseBuildId), CancellationToken.None);
            var queued = new QueuedBuild(service, build.Id, input);
            if (!queue.TryEnqueue(queued))
            {
                await store.Builds.FailAsync(service, build.Id, [], compiledPaths: null, "the build queue was full; try again once other builds have finished", CancellationToken.None);
                return new QueueFull();
            }

            _active[service] = build.Id;
            handedOver = true;
            _ = queued.Finished.Task.ContinueWith(
                _ => _active.TryRemove(new KeyValuePair<string, int>(service, build.Id)),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
            return new Started(build, queued.Finished.Task);
        }
        finally
        {
            if (!handedOver)
            {
                _active.TryRemove(service, out _);
            }
        }
    }
}
