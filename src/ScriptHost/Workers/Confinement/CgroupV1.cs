using System.Globalization;

namespace ScriptHost.Workers.Confinement;

/// <summary>
/// Worker groups on cgroup v1: one directory per controller hierarchy (<c>memory</c>, <c>cpu</c>, <c>pids</c>, and
/// <c>cpuacct</c> for CPU accounting where mounted), each under the host's own group in that hierarchy.
/// </summary>
internal sealed class CgroupV1 : IWorkerCgroups
{
    /// <summary>The controllers a worker group must have; without any of them v1 is not used.</summary>
    public static readonly IReadOnlyList<string> RequiredControllers = ["memory", "cpu", "pids"];

    private const string AccountingController = "cpuacct";

    private readonly ICgroupFileSystem _fileSystem;
    private readonly IReadOnlyDictionary<string, string> _parentByController;

    private CgroupV1(ICgroupFileSystem fileSystem, IReadOnlyDictionary<string, string> parentByController)
    {
        _fileSystem = fileSystem;
        _parentByController = parentByController;
        ParentDirectories = [.. parentByController.Values.Distinct(StringComparer.Ordinal)];
    }

    public string Version => "v1";

    public IReadOnlyList<string> ParentDirectories { get; }

    /// <summary>Creates this host's parent group in every needed hierarchy, or says why it cannot.</summary>
    public static CgroupV1? TryCreate(
        ICgroupFileSystem fileSystem, IReadOnlyList<CgroupMount> mounts, CgroupMembership membership, string hostGroupName, out string? reason)
    {
        var ownByController = new Dictionary<string, string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var controller in RequiredControllers.Append(AccountingController))
        {
            var mount = mounts.FirstOrDefault(candidate => !candidate.IsVersion2 && candidate.Controllers.Contains(controller));
            var own = mount is not null && membership.PathByController.TryGetValue(controller, out var path) ? mount.DirectoryOf(path) : null;
            if (own is not null && fileSystem.DirectoryExists(own))
            {
                ownByController[controller] = own;
            }
            else if (controller != AccountingController)
            {
                missing.Add(controller);
            }
        }

        if (missing.Count > 0)
        {
            reason = $"cgroup v1: no {string.Join(", ", missing)} controller mounted for this process";
            return null;
        }

        var parentByController = ownByController.ToDictionary(pair => pair.Key, pair => Path.Join(pair.Value, hostGroupName), StringComparer.Ordinal);
        var created = new List<string>();
        try
        {
            foreach (var own in ownByController.Values.Distinct(StringComparer.Ordinal))
            {
                HostGroupName.SweepStale(fileSystem, own, HostGroupName.IsProcessAlive);
                var parent = Path.Join(own, hostGroupName);
                fileSystem.CreateDirectory(parent);
                created.Add(parent);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            CgroupRemoval.KillAndRemove(fileSystem, created, TimeSpan.FromSeconds(1));
            reason = $"cgroup v1: cannot create the host's group ({exception.Message})";
            return null;
        }

        reason = null;
        return new CgroupV1(fileSystem, parentByController);
    }

    public WorkerCgroup Create(string workerName, WorkerResourceLimits limits)
    {
        WorkerCgroup.ValidateName(workerName);
        limits.Validate();
        var directoryByController = _parentByController.ToDictionary(pair => pair.Key, pair => Path.Join(pair.Value, workerName), StringComparer.Ordinal);
        var group = new CgroupV1WorkerGroup(
            _fileSystem,
            workerName,
            [.. directoryByController.Values.Distinct(StringComparer.Ordinal)],
            directoryByController["memory"],
            directoryByController["cpu"],
            directoryByController["pids"],
            directoryByController.GetValueOrDefault(AccountingController));
        try
        {
            foreach (var directory in group.Directories)
            {
                if (_fileSystem.DirectoryExists(directory))
                {
                    // A group left by an earlier worker of the same name: whatever is in it is not this worker.
                    CgroupRemoval.KillAndRemove(_fileSystem, [directory], CgroupRemoval.DrainTimeout);
                }

                _fileSystem.CreateDirectory(directory);
            }

            var memory = directoryByController["memory"];
            Write(memory, "memory.limit_in_bytes", limits.MemoryBytes);
            if (_fileSystem.FileExists(Path.Join(memory, "memory.memsw.limit_in_bytes")))
            {
                // With swap accounting, memory+swap gets the same limit, so swapping cannot stretch the memory limit.
                Write(memory, "memory.memsw.limit_in_bytes", limits.MemoryBytes);
            }

            var cpu = directoryByController["cpu"];
            Write(cpu, "cpu.cfs_period_us", CpuQuota.PeriodMicroseconds);
            group.SetCpuQuota(limits.CpuCores);
            group.SetCpuWeight(CpuWeight.Unbound);
            Write(directoryByController["pids"], "pids.max", limits.MaxProcesses);
            return group;
        }
        catch
        {
            group.Dispose();
            throw;
        }
    }

    /// <summary>Kills every worker still running and removes this host's groups.</summary>
    public void Dispose() => CgroupRemoval.KillAndRemove(_fileSystem, ParentDirectories, CgroupRemoval.DrainTimeout);

    private void Write(string directory, string file, long value) =>
        _fileSystem.WriteText(Path.Join(directory, file), value.ToString(CultureInfo.InvariantCulture));
}
