namespace ScriptHost.Workers.Confinement;

/// <summary>
/// Which cgroup version this host can confine workers with, found from its mounts and its own membership plus a real
/// write (creating its parent group): v2 where the unified hierarchy has the controllers, else v1, else none, with
/// the reason each was not usable.
/// </summary>
internal static class CgroupDetection
{
    /// <summary>Detects on this machine, from <c>/proc/self/mountinfo</c> and <c>/proc/self/cgroup</c>.</summary>
    public static CgroupDetectionResult Detect(string hostGroupName)
    {
        if (!OperatingSystem.IsLinux())
        {
            return new CgroupDetectionResult(null, ["cgroups: not Linux"]);
        }

        try
        {
            return Detect(File.ReadAllText("/proc/self/mountinfo"), File.ReadAllText("/proc/self/cgroup"), CgroupFileSystem.Instance, hostGroupName);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new CgroupDetectionResult(null, [$"cgroups: cannot read /proc/self ({exception.Message})"]);
        }
    }

    /// <summary>Detects from given mountinfo and <c>/proc/self/cgroup</c> texts over a given file system.</summary>
    public static CgroupDetectionResult Detect(string mountInfo, string selfCgroup, ICgroupFileSystem fileSystem, string hostGroupName)
    {
        var mounts = CgroupMount.Parse(mountInfo);
        var membership = CgroupMembership.Parse(selfCgroup);
        if (mounts.Count == 0)
        {
            return new CgroupDetectionResult(null, ["cgroups: no cgroup file system is mounted"]);
        }

        var reasons = new List<string>();
        var unified = mounts.FirstOrDefault(mount => mount.IsVersion2);
        var ownDirectory = membership.UnifiedPath is { } unifiedPath ? unified?.DirectoryOf(unifiedPath) : null;
        if (unified is not null && ownDirectory is null)
        {
            reasons.Add($"cgroup v2: this process's group is not visible under {unified.MountPoint}");
        }
        else if (ownDirectory is not null)
        {
            if (CgroupV2.TryCreate(fileSystem, ownDirectory, hostGroupName, out var reason) is { } version2)
            {
                return new CgroupDetectionResult(version2, []);
            }

            reasons.Add(reason!);
        }

        if (mounts.Any(mount => !mount.IsVersion2))
        {
            if (CgroupV1.TryCreate(fileSystem, mounts, membership, hostGroupName, out var reason) is { } version1)
            {
                // The v2 reason is noise once v1 confines: say nothing about it.
                return new CgroupDetectionResult(version1, []);
            }

            reasons.Add(reason!);
        }

        return new CgroupDetectionResult(null, reasons);
    }
}
