using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace ScriptHost.Workers.Confinement;

/// <summary>
/// Ends a cgroup: kills every process left in it and its descendants, then removes the directories, retrying briefly
/// because the kernel lets go of a group only once its killed tasks have drained.
/// </summary>
internal static class CgroupRemoval
{
    /// <summary>How long removal waits for killed tasks to drain before giving up and leaving the directory.</summary>
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(10);

    /// <summary>True once every directory (and every group below it) is gone.</summary>
    public static bool KillAndRemove(ICgroupFileSystem fileSystem, IEnumerable<string> directories, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        var removed = true;
        foreach (var directory in directories)
        {
            removed &= KillAndRemove(fileSystem, directory, deadline);
        }

        return removed;
    }

    /// <summary>
    /// Removes a group and the groups below it only where they hold no process; kills nothing. True when it is gone.
    /// </summary>
    public static bool RemoveIfEmpty(ICgroupFileSystem fileSystem, string directory)
    {
        try
        {
            foreach (var child in fileSystem.ChildDirectories(directory).ToList())
            {
                RemoveIfEmpty(fileSystem, child);
            }

            fileSystem.RemoveDirectory(directory);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The processes in one group (not in the groups below it).</summary>
    public static IReadOnlyList<int> ReadProcessIds(ICgroupFileSystem fileSystem, string directory)
    {
        var procs = Path.Join(directory, "cgroup.procs");
        if (!fileSystem.FileExists(procs))
        {
            return [];
        }

        try
        {
            return [.. fileSystem.ReadText(procs)
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => int.Parse(line, NumberStyles.None, CultureInfo.InvariantCulture))];
        }
        catch (IOException)
        {
            return []; // the group went away while we read it
        }
    }

    private static bool KillAndRemove(ICgroupFileSystem fileSystem, string directory, long deadline)
    {
        if (!fileSystem.DirectoryExists(directory))
        {
            return true;
        }

        var childrenRemoved = true;
        foreach (var child in fileSystem.ChildDirectories(directory).ToList())
        {
            childrenRemoved &= KillAndRemove(fileSystem, child, deadline);
        }

        while (true)
        {
            Kill(fileSystem, directory);
            try
            {
                fileSystem.RemoveDirectory(directory);
                return childrenRemoved;
            }
            catch (IOException) when (Stopwatch.GetTimestamp() < deadline)
            {
                // EBUSY: killed tasks are still exiting.
                Thread.Sleep(RetryPause);
            }
            catch (IOException)
            {
                return false;
            }
        }
    }

    private static void Kill(ICgroupFileSystem fileSystem, string directory)
    {
        // cgroup.kill (v2, Linux 5.14+) kills the whole group at once, including processes forked meanwhile.
        var killFile = Path.Join(directory, "cgroup.kill");
        if (fileSystem.FileExists(killFile))
        {
            try
            {
                fileSystem.WriteText(killFile, "1");
                return;
            }
            catch (IOException)
            {
                // Fall back to signalling each process.
            }
        }

        foreach (var processId in ReadProcessIds(fileSystem, directory))
        {
            if (processId == System.Environment.ProcessId)
            {
                continue;
            }

            try
            {
                using var process = Process.GetProcessById(processId);
                process.Kill();
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or Win32Exception)
            {
                // Already gone.
            }
        }
    }
}
