namespace ScriptHost.Workers.Confinement;

/// <summary>
/// Which cgroup this process belongs to in each hierarchy, read from <c>/proc/self/cgroup</c>: worker groups are
/// created under it, so they stay inside whatever limits the host itself was started under.
/// </summary>
/// <param name="UnifiedPath">The cgroup2 path (the <c>0::</c> line), or null without one.</param>
/// <param name="PathByController">The v1 path for each controller (<c>memory</c> → <c>/some/group</c>).</param>
internal sealed record CgroupMembership(string? UnifiedPath, IReadOnlyDictionary<string, string> PathByController)
{
    public static CgroupMembership Parse(string selfCgroup)
    {
        string? unified = null;
        var byController = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in selfCgroup.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // "hierarchy-id:controller,controller:path"; the path itself may contain ':'.
            var parts = line.Split(':', 3);
            if (parts.Length != 3)
            {
                continue;
            }

            if (parts[0] == "0" && parts[1].Length == 0)
            {
                unified = parts[2];
                continue;
            }

            foreach (var controller in parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                byController[controller] = parts[2];
            }
        }

        return new CgroupMembership(unified, byController);
    }
}
