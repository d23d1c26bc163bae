using System.Diagnostics;
using System.Globalization;

namespace ScriptHost.Workers.Confinement;

/// <summary>
/// How this host confines its worker processes, found once at start: bubblewrap where it works, a cgroup per worker
/// where v2 or v1 controllers can be written, and neither on a developer's laptop (the worker then still runs as a
/// separate, unconfined process). <see cref="Prepare"/> builds each worker's launch; disposing at host stop kills
/// any worker left and removes this host's cgroups.
/// </summary>
internal sealed class WorkerConfinement : IDisposable
{
    private readonly Bubblewrap? _bubblewrap;
    private readonly IWorkerCgroups? _cgroups;

    internal WorkerConfinement(Bubblewrap? bubblewrap, IWorkerCgroups? cgroups, DotnetRuntime? runtime, IReadOnlyList<string> notes)
    {
        _bubblewrap = bubblewrap;
        _cgroups = cgroups;
        Runtime = runtime;
        Notes = notes;
    }

    /// <summary>The runtime workers run on (its <c>dotnet</c> is the usual first command entry); null if not found.</summary>
    public DotnetRuntime? Runtime { get; }

    public bool HasBubblewrap => _bubblewrap is not null;

    /// <summary><c>v1</c>, <c>v2</c> or <c>none</c>.</summary>
    public string CgroupVersion => _cgroups?.Version ?? "none";

    /// <summary>Why a confinement is missing, one line each.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>One line for the start-up log.</summary>
    public string Summary
    {
        get
        {
            var parts = new List<string>
            {
                HasBubblewrap ? "bubblewrap yes" : "bubblewrap no",
                _cgroups is null ? "cgroups none" : $"cgroups {_cgroups.Version} under {string.Join(", ", _cgroups.ParentDirectories)}",
            };
            return $"Worker confinement: {string.Join("; ", parts)}" + (Notes.Count > 0 ? $" ({string.Join("; ", Notes)})" : string.Empty) + ".";
        }
    }

    /// <summary>Finds what this machine offers and logs it in one line; call once at host start.</summary>
    public static WorkerConfinement Detect(ILogger logger)
    {
        var runtime = DotnetRuntime.Find();
        var bubblewrap = Bubblewrap.TryFind(runtime, out var bubblewrapReason);
        var cgroups = CgroupDetection.Detect(HostGroupName.NextForThisProcess());
        List<string> notes = [.. cgroups.Reasons];
        if (bubblewrapReason is not null)
        {
            notes.Insert(0, bubblewrapReason);
        }

        var confinement = new WorkerConfinement(bubblewrap, cgroups.Cgroups, runtime, notes);
        if (bubblewrap is null || cgroups.Cgroups is null)
        {
            logger.LogWarning("{Confinement}", confinement.Summary);
        }
        else
        {
            logger.LogInformation("{Confinement}", confinement.Summary);
        }

        return confinement;
    }

    /// <summary>
    /// The launch of one worker: <paramref name="command"/> (e.g. <c>[Runtime.Executable, "ScriptHost.Worker.dll"]</c>)
    /// run in <paramref name="workerDirectory"/>, in a new cgroup named <paramref name="workerName"/> with
    /// <paramref name="limits"/>, inside bubblewrap, with exactly <paramref name="environment"/> plus the runtime
    /// settings a confined worker needs. Start <see cref="ConfinedLaunch.StartInfo"/>, and dispose the launch once
    /// the process has exited.
    /// </summary>
    /// <exception cref="IOException">The kernel refused the worker's cgroup.</exception>
    public ConfinedLaunch Prepare(
        string workerName,
        string workerDirectory,
        IReadOnlyList<string> command,
        IReadOnlyDictionary<string, string> environment,
        WorkerResourceLimits limits)
    {
        WorkerCgroup.ValidateName(workerName);
        limits.Validate();
        if (command.Count == 0 || !Path.IsPathFullyQualified(command[0]))
        {
            throw new ArgumentException("The worker's command starts with the full path of its program (no PATH lookup: the environment is empty).", nameof(command));
        }

        var directory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(workerDirectory));
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The worker's folder does not exist: {directory}");
        }

        var cgroup = _cgroups?.Create(workerName, limits);
        IReadOnlyList<string>? sandbox = _bubblewrap is null ? null : [_bubblewrap.ExecutablePath, .. _bubblewrap.ArgumentsFor(directory)];
        var argv = ConfinedCommandLine.Build(cgroup?.ProcessFiles ?? [], sandbox, command);

        var start = new ProcessStartInfo(argv[0])
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in argv.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        // The worker starts from an empty environment rather than bwrap's --clearenv plus --setenv: the values stay
        // out of argv (readable by anyone in /proc/<pid>/cmdline), and the unsandboxed fallback gets the same set.
        start.Environment.Clear();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        foreach (var (name, value) in RuntimeSettings(limits))
        {
            start.Environment[name] = value;
        }

        return new ConfinedLaunch(start, cgroup, sandboxed: _bubblewrap is not null);
    }

    /// <summary>What <c>/health</c> shows about confinement.</summary>
    public ConfinementReport Describe(WorkerResourceLimits limits) => new(HasBubblewrap, CgroupVersion, limits, Notes);

    /// <summary>Kills any worker left in this host's cgroups and removes them.</summary>
    public void Dispose() => _cgroups?.Dispose();

    /// <summary>The runtime settings every worker gets, set after (so over) the caller's variables.</summary>
    internal static IReadOnlyDictionary<string, string> RuntimeSettings(WorkerResourceLimits limits) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // The managed heap fails with OutOfMemoryException below the cgroup limit, so the worker can answer before the
        // kernel kills it; inside bwrap the runtime cannot see the cgroup limit itself (no /sys). Hex, as the runtime reads it.
        ["DOTNET_GCHeapHardLimit"] = "0x" + limits.ManagedHeapLimitBytes.ToString("X", CultureInfo.InvariantCulture),
        // No diagnostics IPC socket (it would want a writable /tmp) and no debugger or profiler attach.
        ["DOTNET_EnableDiagnostics"] = "0",
        // Workstation GC: a worker is small and single-purpose; Server GC would size heaps per core.
        ["DOTNET_gcServer"] = "0",
    };
}
