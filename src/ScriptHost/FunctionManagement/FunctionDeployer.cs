using ScriptHost.Deployments;
using ScriptHost.Functions;
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
/// concurrent deploys of one source compile once) with production's shared code, store the function's new immutable
/// version, then a build derived from production's live build with this one change, deployed to production at once
/// (<see cref="ProductionChanges"/>). A failed compile changes nothing: the previous build keeps serving.
/// </summary>
internal sealed class FunctionDeployer(
    CompiledFunctionCache cache,
    VersionImages images,
    ProductionChanges changes,
    IScriptHostStore store)
{
    public sealed record Deployed(DeployResult Result, string Sha256, IReadOnlyList<ScriptDiagnostic> Warnings, BuildRecord Build, Deployment Deployment);

    public sealed record Rejected(IReadOnlyList<ScriptDiagnostic> Errors);

    /// <summary>Not compiled: an earlier compile of the service is still running past its limit.</summary>
    public sealed record CompileStillRunning;

    public sealed record Activated(FunctionRecord Function, BuildRecord Build, Deployment Deployment);

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

            var result = await store.Functions.DeployAsync(
                new FunctionDeployment(service.Name, path, source, compiled.Key, compiled.AssemblyImage, visibility, limits),
                cancellationToken);
            var (stored, deployment) = await changes.ApplyAsync(
                service, BuildOrigin.FunctionPut, new PutFunction(path, source, visibility, limits, compiled, build.Diagnostics), CancellationToken.None);
            return new Deployed(result, Crypto.Sha256Hex(source), build.Diagnostics, stored, deployment);
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

    /// <summary>Makes stored version <paramref name="version"/> live again on production; null when it does not exist.</summary>
    public async Task<Activated?> ActivateAsync(ServiceState service, string path, int version, CancellationToken cancellationToken)
    {
        await service.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            var stored = await store.Functions.GetVersionAsync(service.Name, path, version, cancellationToken);
            if (stored is null)
            {
                return null;
            }

            var compiled = await images.CompiledAsync(service.Name, path, stored.Source, service.Production.Live.Lib, cancellationToken);
            var record = await store.Functions.ActivateVersionAsync(service.Name, path, version, cancellationToken);
            if (record is null)
            {
                return null;
            }

            var (build, deployment) = await changes.ApplyAsync(
                service, BuildOrigin.FunctionActivate, new PutFunction(path, stored.Source, record.Visibility, record.Limits, compiled), CancellationToken.None);
            return new Activated(record, build, deployment);
        }
        finally
        {
            service.ManagementLock.Release();
        }
    }

    public async Task<bool> DeleteAsync(ServiceState service, string path, CancellationToken cancellationToken)
    {
        await service.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            var deleted = await store.Functions.DeleteFunctionAsync(service.Name, path, cancellationToken);
            var live = service.Production.Live.Functions.ContainsKey(path);
            if (live)
            {
                await changes.ApplyAsync(service, BuildOrigin.FunctionDelete, new RemoveFunction(path), CancellationToken.None);
            }

            return deleted || live;
        }
        finally
        {
            service.ManagementLock.Release();
        }
    }
}
