using ScriptHost.Deployments;
using ScriptHost.Sandbox.Caching;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Compilation.SharedCode;
using ScriptHost.Serving;
using ScriptHost.Storage;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Deployments;
using ScriptHost.Storage.Functions;
using static ScriptHost.Deployments.EnvironmentChange;

namespace ScriptHost.FunctionManagement;

/// <summary>
/// Deploys, rolls back and deletes single functions on one environment (the simple path; production unless the route
/// names another): compile (through the cache, so concurrent deploys of one source compile once) with the
/// environment's shared code, then a build derived from the environment's live build with this one change, deployed to
/// that environment at once (<see cref="EnvironmentChanges"/>) — the build is what stores the function's new version. A
/// failed compile changes nothing: the previous build keeps serving.
/// </summary>
internal sealed class FunctionDeployer(
    CompiledFunctionCache cache,
    VersionImages images,
    EnvironmentChanges changes,
    IScriptHostStore store)
{
    /// <summary>Deployed as <paramref name="Function"/> of <paramref name="Build"/>; <paramref name="IsNew"/> when the environment did not serve the path before.</summary>
    public sealed record Deployed(BuildFunction Function, bool IsNew, IReadOnlyList<ScriptDiagnostic> Warnings, BuildRecord Build, Deployment Deployment);

    public sealed record Rejected(IReadOnlyList<ScriptDiagnostic> Errors);

    /// <summary>Not compiled: an earlier compile of the service is still running past its limit.</summary>
    public sealed record CompileStillRunning;

    /// <summary>The version rolled back to, as the environment now serves it.</summary>
    public sealed record Activated(DeployedFunction Function, BuildRecord Build, Deployment Deployment);

    /// <summary>No such version of the path is stored.</summary>
    public sealed record NoSuchVersion;

    /// <summary>
    /// The path is not live on the environment: a rollback keeps the live function's visibility and limits, and there are
    /// none to keep.
    /// </summary>
    public sealed record NotLive;

    public async Task<object> DeployAsync(
        ServiceState service,
        EnvironmentState environment,
        string path,
        string source,
        FunctionVisibility visibility,
        FunctionLimits limits,
        CancellationToken cancellationToken)
    {
        var lib = environment.Live.Lib;
        if (await CompileForAsync(service, source, lib, cancellationToken) is not { } build)
        {
            return new CompileStillRunning();
        }

        await service.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            // A deployment changed the environment's shared code while this compiled (rare): compile against the new one.
            var currentLib = environment.Live.Lib;
            if (!currentLib.SequenceEqual(lib) && await CompileForAsync(service, source, currentLib, cancellationToken) is { } recompiled)
            {
                build = recompiled;
            }

            if (build.Script is not { } compiled)
            {
                return new Rejected([.. build.Errors]);
            }

            var isNew = !environment.Live.Functions.ContainsKey(path);

            // A deploy is always a new version, even of a source an older version has: it starts with fresh statics.
            var (stored, deployment) = await changes.ApplyAsync(
                service,
                environment,
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
    /// Makes stored version <paramref name="version"/> of a function <paramref name="environment"/> serves live again,
    /// with the function's visibility and limits there: a build that names that very version (its number stays).
    /// </summary>
    public async Task<object> ActivateAsync(ServiceState service, EnvironmentState environment, string path, int version, CancellationToken cancellationToken)
    {
        await service.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            var stored = await store.Functions.GetVersionAsync(service.Name, path, version, cancellationToken);
            if (stored is null)
            {
                return new NoSuchVersion();
            }

            if (!environment.Live.Functions.TryGetValue(path, out var live))
            {
                return new NotLive();
            }

            var compiled = await images.CompiledAsync(service.Name, path, stored.Source, environment.Live.Lib, cancellationToken);
            var (build, deployment) = await changes.ApplyAsync(
                service,
                environment,
                BuildOrigin.FunctionActivate,
                new PutFunction(path, stored.Source, live.Visibility, live.StoredLimits, compiled, FunctionVersionChoice.Existing(version)),
                CancellationToken.None);
            return new Activated(environment.Live.Functions[path], build, deployment);
        }
        finally
        {
            service.ManagementLock.Release();
        }
    }

    /// <summary>
    /// Stops serving <paramref name="path"/> on <paramref name="environment"/>: a build without it. Its versions stay, as
    /// the history of the path and of the builds that name them. False when the environment does not serve it and it has
    /// no versions.
    /// </summary>
    public async Task<bool> DeleteAsync(ServiceState service, EnvironmentState environment, string path, CancellationToken cancellationToken)
    {
        await service.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            if (environment.Live.Functions.ContainsKey(path))
            {
                await changes.ApplyAsync(service, environment, BuildOrigin.FunctionDelete, new RemoveFunction(path), CancellationToken.None);
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
