using System.Globalization;
using System.Text.RegularExpressions;

namespace ScriptHost.Workers.Confinement;

/// <summary>
/// One worker's cgroup (a directory in each hierarchy it needs). A process joins it by writing its id into every
/// file of <see cref="ProcessFiles"/>; disposing kills anything left in it and removes it.
/// </summary>
internal abstract partial class WorkerCgroup : IDisposable
{
    private int _disposed;

    protected WorkerCgroup(ICgroupFileSystem fileSystem, string name, IReadOnlyList<string> directories)
    {
        FileSystem = fileSystem;
        Name = name;
        Directories = directories;
    }

    public string Name { get; }

    /// <summary>The group's directory in each hierarchy.</summary>
    public IReadOnlyList<string> Directories { get; }

    /// <summary>The <c>cgroup.procs</c> files a process must be written into, one per hierarchy.</summary>
    public IReadOnlyList<string> ProcessFiles => [.. Directories.Select(directory => Path.Join(directory, "cgroup.procs"))];

    /// <summary>False when the last <see cref="Dispose"/> could not remove every directory in time.</summary>
    public bool Removed { get; private set; }

    protected ICgroupFileSystem FileSystem { get; }

    /// <summary>The memory counters; read them after the worker exits and before disposing the group.</summary>
    public abstract CgroupMemoryReport ReadMemory();

    /// <summary>How often a fork or thread creation failed at the pids limit (<c>pids.events</c> max).</summary>
    public abstract long ReadProcessLimitHits();

    /// <summary>CPU time the group has used, or null where this host does not account it.</summary>
    public abstract TimeSpan? ReadCpuTime();

    /// <summary>Sets the group's share of a contended CPU (see <see cref="CpuWeight"/>).</summary>
    public abstract void SetCpuWeight(double weight);

    /// <summary>Caps the group's CPU at <paramref name="cores"/> (see <see cref="CpuQuota"/>).</summary>
    public abstract void SetCpuQuota(double cores);

    /// <summary>The processes in the group now.</summary>
    public IReadOnlyList<int> ReadProcessIds() =>
        [.. Directories.SelectMany(directory => CgroupRemoval.ReadProcessIds(FileSystem, directory)).Distinct()];

    /// <summary>Kills everything left in the group and removes it; waits at most <see cref="CgroupRemoval.DrainTimeout"/>.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Removed = CgroupRemoval.KillAndRemove(FileSystem, Directories, CgroupRemoval.DrainTimeout);
        }
    }

    /// <summary>Throws unless a worker name is a plain directory name (no path, no traversal).</summary>
    public static void ValidateName(string workerName)
    {
        if (!SafeName().IsMatch(workerName))
        {
            throw new ArgumentException($"A worker name is 1–64 letters, digits, '.', '_' or '-', starting with a letter or digit: '{workerName}'.", nameof(workerName));
        }
    }

    protected long ReadNumber(string path) => long.Parse(FileSystem.ReadText(path).Trim(), NumberStyles.None, CultureInfo.InvariantCulture);

    protected long? ReadNumberIfPresent(string path) => FileSystem.FileExists(path) ? ReadNumber(path) : null;

    /// <summary>A value from a flat keyed file (<c>key value</c> per line), 0 when the key is absent.</summary>
    protected long ReadKeyedValue(string path, string key)
    {
        if (!FileSystem.FileExists(path))
        {
            return 0;
        }

        foreach (var line in FileSystem.ReadText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', 2);
            if (parts.Length == 2 && parts[0] == key)
            {
                return long.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex SafeName();
}
