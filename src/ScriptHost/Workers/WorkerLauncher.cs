using System.Globalization;
using Microsoft.Extensions.Options;
using ScriptHost.Workers.Confinement;

namespace ScriptHost.Workers;

/// <summary>
/// Prepares each worker's start: the worker's folder, the runtime that runs it, and its confinement — its own cgroup
/// and a bubblewrap sandbox where the host has them (detected once, at start, and logged in one line), a plain child
/// process where it has not.
/// </summary>
internal sealed class WorkerLauncher(IOptions<WorkerPoolOptions> options, ILogger<WorkerLauncher> logger) : IDisposable
{
    /// <summary>The worker's entry assembly, in <see cref="WorkerDirectory"/>.</summary>
    public const string WorkerAssembly = "ScriptHost.Worker.dll";

    private readonly Lazy<WorkerConfinement> _confinement = new(() => WorkerConfinement.Detect(logger));

    /// <summary>The folder holding the worker: configured, else <c>worker/</c> beside the host.</summary>
    public string WorkerDirectory => string.IsNullOrWhiteSpace(options.Value.Directory)
        ? Path.Combine(AppContext.BaseDirectory, "worker")
        : Path.GetFullPath(options.Value.Directory);

    /// <summary>The limits every worker gets.</summary>
    public WorkerResourceLimits Limits => new((long)options.Value.MemoryMb * 1024 * 1024, options.Value.CpuCores, options.Value.MaxProcesses);

    /// <summary>What confinement this host gives its workers (for <c>/health</c>).</summary>
    public ConfinementReport Describe() => _confinement.Value.Describe(Limits);

    /// <summary>Detects (and logs) the confinement now rather than at the first worker's start.</summary>
    public void DetectNow() => _ = _confinement.Value;

    /// <summary>Prepares worker <paramref name="workerId"/>'s start, its CPU capped at <paramref name="cpuCores"/> from its first instruction.</summary>
    public ConfinedLaunch Prepare(int workerId, double cpuCores)
    {
        var directory = WorkerDirectory;
        if (!File.Exists(Path.Combine(directory, WorkerAssembly)))
        {
            throw new InvalidOperationException($"The worker is not at '{Path.Combine(directory, WorkerAssembly)}'; build the host (it publishes the worker there) or set ScriptHost:Workers:Directory.");
        }

        var confinement = _confinement.Value;
        var runtime = confinement.Runtime ?? throw new InvalidOperationException("No .NET runtime was found to run workers with.");
        return confinement.Prepare(
            $"worker-{workerId.ToString(CultureInfo.InvariantCulture)}",
            directory,
            [runtime.Executable, Path.Combine(directory, WorkerAssembly)],
            new Dictionary<string, string>(StringComparer.Ordinal) { ["DOTNET_ROOT"] = runtime.Root },
            Limits with { CpuCores = cpuCores });
    }

    public void Dispose()
    {
        if (_confinement.IsValueCreated)
        {
            _confinement.Value.Dispose();
        }
    }
}
