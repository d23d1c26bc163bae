using ScriptHost.Deployments;
using ScriptHost.Sandbox.Caching;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Compilation.SharedCode;
using ScriptHost.Serving;
using ScriptHost.Storage;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Deployments;
using ScriptHost.Storage.Functions;
using static ScriptHost.Deployments.ProductionChange;

namespace ScriptHost.FunctionManagement;

/// <summary>
/// Deploys, rolls back and deletes single functions on production (the simple path): compile (through the cache, so
/// concurrent deploys of one source compile once) with production's shared code, then a build derived from
/// production's live build with this one change, deployed to production at once (<see cref="ProductionChanges"/>) —
/// the build is what stores the function's new version. A failed compile changes nothing: the previous build keeps
/// serving.
/// </summary>
internal sealed class FunctionDeployer(
    CompiledFunctionCache cache,
    VersionImages images,
    ProductionChanges changes,
    IScriptHostStore store)
{
    /// <summary>Deployed as <paramref name="Function"/> of <paramref name="Build"/>; <paramref name="IsNew"/> when production did not serve the path before.</summary>
    public sealed record Deployed(BuildFunction Function, bool IsNew, IReadOnlyList<ScriptDiagnostic> Warnings, BuildRecord Build, Deployment Deployment);

    public sealed record Rejected(IReadOnlyList<ScriptDiagnostic> Errors);

    /// <summary>Not compiled: an earlier compile of the service is still running past its limit.</summary>
    public sealed record CompileStillRunning;

    /// <summary>The version rolled back to, as production now serves it.</summary>
    public sealed record Activated(DeployedFunction Function, BuildRecord Build, Deployment Deployment);

    /// <summary>No such version of the path is stored.</summary>
    public sealed record NoSuchVersion;

    /// <summary>
    /// The path is not live on production: a rollback keeps the live function's visibility and limits, and there are
    /// none to keep.
    /// </summary>
    public sealed record NotLive;

    public async Task<object> DeployAsync(
        ServiceState service,
        string path,
        string source,
        FunctionVisibility visibility,
        FunctionLimits limits,
        CancellationToken cancellationToken)
    {
        var lib = service.Production.Live.Lib;
        if (await CompileForAsync(service, source, lib, cancellationToken) is not { } build)
        {
            return new CompileStillRunning();
        }

        await service.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            // A deployment changed production's shared code while this compiled (rare): compile against the new one.
            var currentLib = service.Production.Live.Lib;
            if (!currentLib.SequenceEqual(lib) && await CompileForAsync(service, source, currentLib, cancellationToken) is { } recompiled)
            {
                build = recompiled;
            }

            if (build.Script is not { } compiled)
            {
                return new Rejected([.. build.Errors]);
            }

            var isNew = !service.Production.Live.Functions.ContainsKey(path);

            // A deploy is always a new version, even of a source an older version has: it starts with fresh statics.
            var (stored, deployment) = await changes.ApplyAsync(
                service,
                BuildOrigin.FunctionPut,
                new PutFunction(path, source, visibility, limits, compiled, FunctionVersionChoice.Next, build.Diagnostics),
                CancellationToken.None);
            var function = stored.Functions.Single(function => function.Path == path);
            return new Deployed(function, isNew, build.Diagnostics, stored, deployment);
        }
        finally
        {
            service.ManagementLock.Release();
        }
    }

    /// <summary>
    /// Compiles <paramref name="source"/> for <paramref name="service"/> (a deploy or a snippet); null, compiling
    /// nothing, while an earlier compile of the service answered at its limit and still runs. One service can so hold
    /// at most one core with compiles that ignore their limit, however often it deploys.
    /// </summary>
    public Task<CompileResult?> CompileForAsync(ServiceState service, string source, CancellationToken cancellationToken) =>
        CompileForAsync(service, source, [], cancellationToken);

    private async Task<CompileResult?> CompileForAsync(ServiceState service, string source, IReadOnlyList<SharedCodeFile> lib, CancellationToken cancellationToken)
    {
        if (service.HasOverrunningCompile)
        {
            return null;
        }

        var build = await cache.CompileAsync(source, fileName: null, lib, cancellationToken);
        service.TrackOverrun(build);
        return build;
    }

    /// <summary>
    /// Makes stored version <paramref name="version"/> of a function production serves live again, with the function's
    /// visibility and limits: a build that names that very version (its number stays).
    /// </summary>
    public async Task<object> ActivateAsync(ServiceState service, string path, int version, CancellationToken cancellationToken)
    {
        await service.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            var stored = await store.Functions.GetVersionAsync(service.Name, path, version, cancellationToken);
            if (stored is null)
            {
                return new NoSuchVersion();
            }

            var production = service.Production;
            if (!production.Live.Functions.TryGetValue(path, out var live))
            {
                return new NotLive();
            }

            var compiled = await images.CompiledAsync(service.Name, path, stored.Source, production.Live.Lib, cancellationToken);
            var (build, deployment) = await changes.ApplyAsync(
                service,
                BuildOrigin.FunctionActivate,
                new PutFunction(path, stored.Source, live.Visibility, live.StoredLimits, compiled, FunctionVersionChoice.Existing(version)),
                CancellationToken.None);
            return new Activated(production.Live.Functions[path], build, deployment);
        }
        finally
        {
            service.ManagementLock.Release();
        }
    }

    /// <summary>
    /// Stops serving <paramref name="path"/> on production: a build without it. Its versions stay, as the history of the
    /// path and of the builds that name them. False when production does not serve it and it has no versions.
    /// </summary>
    public async Task<bool> DeleteAsync(ServiceState service, string path, CancellationToken cancellationToken)
    {
        await service.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            if (service.Production.Live.Functions.ContainsKey(path))
            {
                await changes.ApplyAsync(service, BuildOrigin.FunctionDelete, new RemoveFunction(path), CancellationToken.None);
                return true;
            }

            return (await store.Functions.ListVersionsAsync(service.Name, path, cancellationToken)).Count > 0;
        }
        finally
        {
            service.ManagementLock.Release();
        }
    }
}
