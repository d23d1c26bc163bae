using System.Globalization;

namespace ScriptHost.Workers.Confinement;

/// <summary>
/// Worker groups on cgroup v2 (the unified hierarchy): one directory per worker under this host's group, with the
/// memory, cpu and pids controllers enabled down to it through <c>cgroup.subtree_control</c>.
/// </summary>
internal sealed class CgroupV2 : IWorkerCgroups
{
    /// <summary>The controllers a worker group must have; without any of them v2 is not used.</summary>
    public static readonly IReadOnlyList<string> RequiredControllers = ["memory", "cpu", "pids"];

    private readonly ICgroupFileSystem _fileSystem;
    private readonly string _parent;

    private CgroupV2(ICgroupFileSystem fileSystem, string parent)
    {
        _fileSystem = fileSystem;
        _parent = parent;
    }

    public string Version => "v2";

    public IReadOnlyList<string> ParentDirectories => [_parent];

    /// <summary>Creates this host's group under its own and enables the controllers for workers, or says why it cannot.</summary>
    public static CgroupV2? TryCreate(ICgroupFileSystem fileSystem, string ownDirectory, string hostGroupName, out string? reason)
    {
        var controllersFile = Path.Join(ownDirectory, "cgroup.controllers");
        var available = fileSystem.FileExists(controllersFile)
            ? fileSystem.ReadText(controllersFile).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        var missing = RequiredControllers.Except(available, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            reason = $"cgroup v2: {ownDirectory} offers no {string.Join(", ", missing)} controller";
            return null;
        }

        var parent = Path.Join(ownDirectory, hostGroupName);
        try
        {
            // A v2 group holding processes cannot pass controllers to its children ("no internal processes"):
            // this fails with EBUSY when the host sits directly in its own group instead of a leaf below it.
            EnableControllers(fileSystem, ownDirectory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            reason = $"cgroup v2: cannot enable {string.Join(", ", RequiredControllers)} for groups under {ownDirectory} ({exception.Message}); "
                + "run the host in a delegated group with its own processes in a leaf below it";
            return null;
        }

        try
        {
            HostGroupName.SweepStale(fileSystem, ownDirectory, HostGroupName.IsProcessAlive);
            fileSystem.CreateDirectory(parent);
            EnableControllers(fileSystem, parent);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            CgroupRemoval.KillAndRemove(fileSystem, [parent], TimeSpan.FromSeconds(1));
            reason = $"cgroup v2: cannot create the host's group ({exception.Message})";
            return null;
        }

        reason = null;
        return new CgroupV2(fileSystem, parent);
    }

    public WorkerCgroup Create(string workerName, WorkerResourceLimits limits)
    {
        WorkerCgroup.ValidateName(workerName);
        limits.Validate();
        var directory = Path.Join(_parent, workerName);
        var group = new CgroupV2WorkerGroup(_fileSystem, workerName, directory);
        try
        {
            if (_fileSystem.DirectoryExists(directory))
            {
                // A group left by an earlier worker of the same name: whatever is in it is not this worker.
                CgroupRemoval.KillAndRemove(_fileSystem, [directory], CgroupRemoval.DrainTimeout);
            }

            _fileSystem.CreateDirectory(directory);
            Write(directory, "memory.max", limits.MemoryBytes.ToString(CultureInfo.InvariantCulture));
            WriteIfPresent(directory, "memory.swap.max", "0"); // swapping must not stretch the memory limit
            WriteIfPresent(directory, "memory.oom.group", "1"); // an OOM kill ends the whole worker, not one thread's process
            group.SetCpuQuota(limits.CpuCores);
            Write(directory, "pids.max", limits.MaxProcesses.ToString(CultureInfo.InvariantCulture));
            group.SetCpuWeight(CpuWeight.Unbound);
            return group;
        }
        catch
        {
            group.Dispose();
            throw;
        }
    }

    /// <summary>Kills every worker still running and removes this host's group.</summary>
    public void Dispose() => CgroupRemoval.KillAndRemove(_fileSystem, [_parent], CgroupRemoval.DrainTimeout);

    private static void EnableControllers(ICgroupFileSystem fileSystem, string directory)
    {
        var subtreeControl = Path.Join(directory, "cgroup.subtree_control");
        var enabled = fileSystem.ReadText(subtreeControl).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var toEnable = RequiredControllers.Except(enabled, StringComparer.Ordinal).ToList();
        if (toEnable.Count > 0)
        {
            fileSystem.WriteText(subtreeControl, string.Join(' ', toEnable.Select(controller => "+" + controller)));
        }
    }

    private void Write(string directory, string file, string value) => _fileSystem.WriteText(Path.Join(directory, file), value);

    private void WriteIfPresent(string directory, string file, string value)
    {
        if (_fileSystem.FileExists(Path.Join(directory, file)))
        {
            Write(directory, file, value);
        }
    }
}
