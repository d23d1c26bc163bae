using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;

namespace ScriptHost.Workers;

/// <summary>Prepares each worker's start: the worker's folder, the runtime that runs it, its environment and its confinement.</summary>
internal sealed class WorkerLauncher(IOptions<WorkerPoolOptions> options)
{
    /// <summary>The worker's entry assembly, in <see cref="WorkerDirectory"/>.</summary>
    public const string WorkerAssembly = "ScriptHost.Worker.dll";

    /// <summary>The folder holding the worker: configured, else <c>worker/</c> beside the host.</summary>
    public string WorkerDirectory => string.IsNullOrWhiteSpace(options.Value.Directory)
        ? Path.Combine(AppContext.BaseDirectory, "worker")
        : Path.GetFullPath(options.Value.Directory);

    public WorkerLaunch Prepare(int workerId)
    {
        var directory = WorkerDirectory;
        if (!File.Exists(Path.Combine(directory, WorkerAssembly)))
        {
            throw new InvalidOperationException($"The worker is not at '{Path.Combine(directory, WorkerAssembly)}'; build the host (it publishes the worker there) or set ScriptHost:Workers:Directory.");
        }

        var start = new ProcessStartInfo(DotnetHost(), [Path.Combine(directory, WorkerAssembly)])
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var memory = (long)options.Value.MemoryMb * 1024 * 1024;
        start.Environment["DOTNET_GCHeapHardLimit"] = (memory * 3 / 4).ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        _ = workerId;
        return new WorkerLaunch(start, null);
    }

    private static string DotnetHost()
    {
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var candidate = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(candidate) ? candidate : "dotnet";
    }
}
