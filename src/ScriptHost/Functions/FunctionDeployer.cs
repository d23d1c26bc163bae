using Microsoft.Extensions.Options;
using ScriptHost.Configuration;
using ScriptHost.Invocation;
using ScriptHost.Sandbox.Caching;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Storage;
using ScriptHost.Storage.Functions;

using ScriptHost.Workers;

namespace ScriptHost.Functions;

/// <summary>
/// Deploys and rolls back functions: compile (through the cache, so concurrent deploys of one source compile once),
/// store the new immutable version with its compiled image, then make it live in memory, retiring the version it
/// replaces (its load is unloaded: each version starts with fresh statics). A failed compile changes nothing: the
/// previous version keeps serving.
/// </summary>
internal sealed class FunctionDeployer(
    CompiledFunctionCache cache,
    WorkerPool workers,
    IScriptHostStore store,
    IOptions<ScriptHostOptions> options)
{
    public sealed record Deployed(DeployResult Result, string Sha256, IReadOnlyList<ScriptDiagnostic> Warnings);

    public sealed record Rejected(IReadOnlyList<ScriptDiagnostic> Errors);

    /// <summary>Not compiled: an earlier compile of the service is still running past its limit.</summary>
    public sealed record CompileStillRunning;

    public async Task<object> DeployAsync(
        ServiceState service,
        string path,
        string source,
        FunctionVisibility visibility,
        FunctionLimits limits,
        CancellationToken cancellationToken)
    {
        if (await CompileForAsync(service, source, cancellationToken) is not { } build)
        {
            return new CompileStillRunning();
        }

        if (build.Script is not { } compiled)
        {
            return new Rejected([.. build.Errors]);
        }

        await service.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            var result = await store.Functions.DeployAsync(
                new FunctionDeployment(service.Name, path, source, compiled.Key, compiled.AssemblyImage, visibility, limits),
                cancellationToken);
            Publish(service, new DeployedFunction(
                service.Name, path, result.Version, visibility, FunctionRunner.LimitsFor(options.Value, limits.TimeoutMs, limits.MemoryMb), compiled));
            return new Deployed(result, Crypto.Sha256Hex(source), build.Diagnostics);
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
    public async Task<CompileResult?> CompileForAsync(ServiceState service, string source, CancellationToken cancellationToken)
    {
        if (service.HasOverrunningCompile)
        {
            return null;
        }

        var build = await cache.CompileAsync(source, cancellationToken);
        service.TrackOverrun(build);
        return build;
    }

    /// <summary>Makes stored version <paramref name="version"/> live again; null when it does not exist.</summary>
    public async Task<FunctionRecord?> ActivateAsync(ServiceState service, string path, int version, CancellationToken cancellationToken)
    {
        await service.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            var stored = await store.Functions.GetVersionAsync(service.Name, path, version, cancellationToken);
            if (stored is null)
            {
                return null;
            }

            var record = await store.Functions.ActivateVersionAsync(service.Name, path, version, cancellationToken);
            if (record is null)
            {
                return null;
            }

            var compiled = await BuildOfAsync(stored, cancellationToken);
            Publish(service, new DeployedFunction(
                service.Name, path, version, record.Visibility, FunctionRunner.LimitsFor(options.Value, record.Limits.TimeoutMs, record.Limits.MemoryMb), compiled));
            return record;
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
            if (service.Functions.TryRemove(path, out var removed))
            {
                removed.Retire(cache, workers);
            }

            return deleted;
        }
        finally
        {
            service.ManagementLock.Release();
        }
    }

    /// <summary>
    /// Makes <paramref name="function"/> the live version at its path and retires the one it replaces — unless that is
    /// the same version made live again, which keeps its load. Callers hold the service's management lock (or, at
    /// start-up, are alone).
    /// </summary>
    public void Publish(ServiceState service, DeployedFunction function)
    {
        var replaced = service.Functions.TryGetValue(function.Path, out var previous) ? previous : null;
        service.Functions[function.Path] = function;
        if (replaced is not null && replaced.LoadOwner != function.LoadOwner)
        {
            replaced.Retire(cache, workers);
        }
    }

    /// <summary>Retires every live function of a deleted service, unloading their loads.</summary>
    public async Task RetireAllAsync(ServiceState service, CancellationToken cancellationToken)
    {
        // Under the lock, so a deploy that was under way when the service was deleted is retired too.
        await service.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            foreach (var path in service.Functions.Keys)
            {
                if (service.Functions.TryRemove(path, out var removed))
                {
                    removed.Retire(cache, workers);
                }
            }
        }
        finally
        {
            service.ManagementLock.Release();
        }
    }

    /// <summary>
    /// The stored build of a version when it is still current; otherwise (compiler, policy or API changed since) a
    /// fresh build, stored back so the next start loads it without compiling.
    /// </summary>
    public async Task<CompiledScript> BuildOfAsync(FunctionVersion version, CancellationToken cancellationToken)
    {
        var currentKey = cache.Compiler.KeyFor(version.Source);
        if (version.BuildKey == currentKey && !version.AssemblyImage.IsEmpty)
        {
            return new CompiledScript(version.BuildKey, version.AssemblyImage.ToArray());
        }

        var build = await cache.CompileAsync(version.Source, cancellationToken);
        if (build.Script is not { } rebuilt)
        {
            throw new InvalidOperationException(
                $"Version {version.Number} of '{version.Path}' no longer compiles: {string.Join("; ", build.Diagnostics)}");
        }

        await store.Functions.UpdateBuildAsync(version.Service, version.Path, version.Number, rebuilt.Key, rebuilt.AssemblyImage, cancellationToken);
        return rebuilt;
    }
}
