using Microsoft.Extensions.Options;
using ScriptHost.Configuration;
using ScriptHost.Functions;
using ScriptHost.Sandbox.Caching;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Serving;
using ScriptHost.Storage;
using ScriptHost.Storage.Functions;

namespace ScriptHost.FunctionManagement;

/// <summary>
/// Deploys and rolls back functions: compile (through the cache, so concurrent deploys of one source compile once),
/// store the new immutable version with its compiled image, then make it live in memory, retiring the version it
/// replaces (its load is unloaded: each version starts with fresh statics). A failed compile changes nothing: the
/// previous version keeps serving.
/// </summary>
internal sealed class FunctionDeployer(
    CompiledFunctionCache cache,
    LiveServices live,
    VersionImages images,
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
            live.Publish(service, new DeployedFunction(
                service.Name, path, result.Version, visibility, options.Value.LimitsFor(limits.TimeoutMs, limits.MemoryMb), compiled));
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

            var compiled = await images.CompiledAsync(stored, cancellationToken);
            live.Publish(service, new DeployedFunction(
                service.Name, path, version, record.Visibility, options.Value.LimitsFor(record.Limits.TimeoutMs, record.Limits.MemoryMb), compiled));
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
            live.Withdraw(service, path);
            return deleted;
        }
        finally
        {
            service.ManagementLock.Release();
        }
    }

    /// <summary>Retires every live function of a deleted service, unloading their loads.</summary>
    public async Task RetireAllAsync(ServiceState service, CancellationToken cancellationToken)
    {
        // Under the lock, so a deploy that was under way when the service was deleted is retired too.
        await service.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            live.WithdrawAll(service);
        }
        finally
        {
            service.ManagementLock.Release();
        }
    }
}
