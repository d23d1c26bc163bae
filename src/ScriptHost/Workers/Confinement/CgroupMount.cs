using System.Text;

namespace ScriptHost.Workers.Confinement;

/// <summary>
/// One cgroup file system mount, read from <c>/proc/self/mountinfo</c>: where it is mounted, which part of the
/// hierarchy it shows, and (v1) which controllers it carries.
/// </summary>
/// <param name="MountPoint">Where the hierarchy is mounted, e.g. <c>/sys/fs/cgroup/memory</c>.</param>
/// <param name="Root">The hierarchy path the mount shows at its mount point (<c>/</c> unless a container mounted a part of it).</param>
/// <param name="IsVersion2">A cgroup2 (unified) mount rather than a v1 controller hierarchy.</param>
/// <param name="Controllers">The v1 controllers of this hierarchy (<c>memory</c>, <c>cpu</c>, ...); empty for cgroup2.</param>
internal sealed record CgroupMount(string MountPoint, string Root, bool IsVersion2, IReadOnlySet<string> Controllers)
{
    /// <summary>Every cgroup and cgroup2 mount in a mountinfo text; other lines are ignored.</summary>
    public static IReadOnlyList<CgroupMount> Parse(string mountInfo)
    {
        var mounts = new List<CgroupMount>();
        foreach (var line in mountInfo.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // "id parent major:minor root mount-point options [optional fields...] - type source super-options"
            var fields = line.Split(' ');
            var separator = Array.IndexOf(fields, "-");
            if (separator < 6 || fields.Length < separator + 4)
            {
                continue;
            }

            var type = fields[separator + 1];
            if (type is not ("cgroup" or "cgroup2"))
            {
                continue;
            }

            var controllers = type == "cgroup"
                ? fields[separator + 3].Split(',').Where(IsControllerName).ToHashSet(StringComparer.Ordinal)
                : [];
            mounts.Add(new CgroupMount(Unescape(fields[4]), Unescape(fields[3]), type == "cgroup2", controllers));
        }

        return mounts;
    }

    /// <summary>
    /// The directory of a cgroup (a path as <c>/proc/self/cgroup</c> names it) under this mount, or null when the
    /// mount does not show that part of the hierarchy.
    /// </summary>
    public string? DirectoryOf(string cgroupPath)
    {
        string relative;
        if (Root == "/")
        {
            relative = cgroupPath;
        }
        else if (cgroupPath == Root || cgroupPath.StartsWith(Root + "/", StringComparison.Ordinal))
        {
            relative = cgroupPath[Root.Length..];
        }
        else
        {
            return null;
        }

        return relative.Trim('/') is { Length: > 0 } inside ? Path.Join(MountPoint, inside) : MountPoint;
    }

    // Mount options such as "rw" or "name=systemd" (a named hierarchy without a controller) are not controllers.
    private static bool IsControllerName(string option) =>
        option.Length > 0 && !option.Contains('=', StringComparison.Ordinal) && option is not ("rw" or "ro" or "relatime" or "noatime" or "nosuid" or "nodev" or "noexec");

    // mountinfo writes space, tab, newline and backslash in paths as three octal digits ("\040").
    private static string Unescape(string field)
    {
        if (!field.Contains('\\', StringComparison.Ordinal))
        {
            return field;
        }

        var builder = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 3 < field.Length && TryOctal(field.AsSpan(i + 1, 3), out var character))
            {
                builder.Append(character);
                i += 3;
            }
            else
            {
                builder.Append(field[i]);
            }
        }

        return builder.ToString();
    }

    private static bool TryOctal(ReadOnlySpan<char> digits, out char character)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            if (digit is < '0' or > '7')
            {
                character = default;
                return false;
            }

            value = (value * 8) + (digit - '0');
        }

        character = (char)value;
        return true;
    }
}
