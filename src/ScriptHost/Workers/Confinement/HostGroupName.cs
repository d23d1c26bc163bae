using System.Globalization;

namespace ScriptHost.Workers.Confinement;

/// <summary>
/// The name of a host instance's parent group, <c>scripthost-&lt;pid&gt;-&lt;n&gt;</c> (n counts the instances in
/// one process, as tests start several hosts side by side), and the sweep that removes the groups of hosts that died
/// without removing theirs (kill -9), so they do not pile up across restarts.
/// </summary>
internal static class HostGroupName
{
    private const string Prefix = "scripthost-";
    private static int s_instances;

    /// <summary>A name no other host instance, in this process or another, is using.</summary>
    public static string NextForThisProcess() => string.Create(
        CultureInfo.InvariantCulture, $"{Prefix}{System.Environment.ProcessId}-{Interlocked.Increment(ref s_instances)}");

    /// <summary>
    /// Removes sibling host groups whose process no longer runs. Only empty groups go: a dead host's sandboxed workers
    /// died with it, and a process still inside may belong to a host this one cannot see (another pid namespace).
    /// </summary>
    public static void SweepStale(ICgroupFileSystem fileSystem, string ownDirectory, Func<int, bool> isProcessAlive)
    {
        IEnumerable<string> siblings;
        try
        {
            siblings = [.. fileSystem.ChildDirectories(ownDirectory)];
        }
        catch (IOException)
        {
            return;
        }

        foreach (var sibling in siblings)
        {
            if (ProcessIdOf(Path.GetFileName(sibling)) is { } processId && processId != System.Environment.ProcessId && !isProcessAlive(processId))
            {
                CgroupRemoval.RemoveIfEmpty(fileSystem, sibling);
            }
        }
    }

    public static bool IsProcessAlive(int processId) => Directory.Exists("/proc/" + processId.ToString(CultureInfo.InvariantCulture));

    private static int? ProcessIdOf(string name)
    {
        if (!name.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = name.AsSpan(Prefix.Length);
        var dash = rest.IndexOf('-');
        return int.TryParse(dash < 0 ? rest : rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var processId) ? processId : null;
    }
}
