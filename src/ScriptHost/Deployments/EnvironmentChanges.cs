using ScriptHost.Serving;
using ScriptHost.Storage.Validation;
using ScriptHost.Storage;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Deployments;
using static ScriptHost.Deployments.EnvironmentChange;

namespace ScriptHost.Deployments;

/// <summary>
/// The simple path (<c>PUT .../functions/{path}</c>, activate, delete, asset put and delete): each is a new build derived
/// from an environment's live build — every other function carried over with its version and image, assets and shared
/// code kept — plus one change, completed and deployed to that environment at once. It is the only write these routes
/// make: the build holds the function's new version, the deployment makes it live, so what the environment serves and
/// what the listings show (both read from the live build) cannot disagree.
/// </summary>
internal sealed class EnvironmentChanges(IScriptHostStore store, LiveServices live, LiveBuildLoader loader)
{
    /// <summary>
    /// Builds, deploys and serves <paramref name="environment"/> of <paramref name="service"/> with
    /// <paramref name="change"/>. Callers hold the service's management lock.
    /// </summary>
    public async Task<(BuildRecord Build, Deployment Deployment)> ApplyAsync(
        ServiceState service, EnvironmentState environment, BuildOrigin origin, EnvironmentChange change, CancellationToken cancellationToken)
    {
        var current = environment.Live;
        var changesFunction = change is PutFunction or RemoveFunction;
        var changesAsset = change is PutAsset or RemoveAsset;

        // Every other function keeps the very version it is live as, even when another version has the same source.
        var functions = current.Functions.Values
            .Where(function => !(changesFunction && function.Path == change.Path))
            .Select(function => new CompiledBuildFunction(
                function.Path, function.Source, function.Visibility, function.StoredLimits, function.Compiled.Key, ReadOnlyMemory<byte>.Empty, Reused: true)
            {
                Version = FunctionVersionChoice.Existing(function.Version),
            })
            .ToList();
        var assets = current.Assets.Values
            .Where(asset => !(changesAsset && asset.Path == change.Path))
            .Select(asset => new BuildAssetReference(asset.Path, asset.Visibility, asset.ContentType, asset.Sha256))
            .ToList();
        Dictionary<string, (string, Sandbox.Compilation.CompiledScript)>? compiled = null;
        IReadOnlyList<BuildDiagnostic> diagnostics = [];
        switch (change)
        {
            case PutFunction put:
                functions.Add(new CompiledBuildFunction(put.Path, put.Source, put.Visibility, put.Limits, put.Compiled.Key, put.Compiled.AssemblyImage, Reused: false)
                {
                    Version = put.Version,
                });
                compiled = new(StringComparer.Ordinal) { [put.Path] = (put.Source, put.Compiled) };

                // The one function this build compiled; the route compiles it unnamed, so its own warnings get its path.
                diagnostics = BuildDiagnostics.Collect((put.Warnings ?? []).Select(warning => warning with { File = warning.File ?? put.Path }));
                break;
            case PutAsset put:
                assets.Add(put.Asset);
                break;
        }

        var references = functions
            .Select(function => new BuildFunctionReference(function.Path, function.Visibility, function.Limits, ContentHash.OfText(function.Source)))
            .ToList();
        var lib = current.Lib.Select(file => new BuildLibSource(SharedCodePath.ToStored(file.Path), file.Source)).ToList();
        var queued = await store.Builds.CreateQueuedAsync(new BuildRequest(service.Name, origin, references, assets, lib, current.BuildId), cancellationToken);

        // Once the build exists the change goes through to the end: a caller giving up must not leave it half done.
        var build = await store.Builds.CompleteAsync(service.Name, queued.Id, functions, diagnostics, CancellationToken.None);
        var deployment = await store.Deployments.DeployAsync(service.Name, environment.Name, build.Id, CancellationToken.None);
        live.Switch(environment, await loader.LoadAsync(environment, service.Name, deployment.Id, build, compiled, CancellationToken.None));
        return (build, deployment);
    }
}
