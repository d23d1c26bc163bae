using System.Diagnostics;

namespace ScriptHost.Workers.Confinement;

/// <summary>
/// A worker ready to start: its start info (stdin, stdout and stderr redirected) and the cgroup it joins before any
/// of its code runs (null where cgroups are unavailable), and what the host does with that cgroup while the worker
/// lives. Disposing it (after the process has exited and the memory counters were read) kills whatever is left in the
/// group and removes the group.
/// </summary>
internal sealed class ConfinedLaunch(ProcessStartInfo startInfo, WorkerCgroup? cgroup, bool sandboxed) : IDisposable
{
    /// <summary>The exit code of a launch that could not join its cgroup (the worker never ran).</summary>
    public const int JoinCgroupFailedExitCode = ConfinedCommandLine.JoinCgroupFailedExitCode;

    public ProcessStartInfo StartInfo { get; } = startInfo;

    public WorkerCgroup? Cgroup { get; } = cgroup;

    /// <summary>The worker runs inside bubblewrap.</summary>
    public bool Sandboxed { get; } = sandboxed;

    /// <summary>True when the worker has a cgroup of its own, whose records say what ended it.</summary>
    public bool HasCgroup => Cgroup is not null;

    /// <summary>True when the worker's cgroup recorded it hitting its memory limit.</summary>
    public bool MemoryLimitHit() => Cgroup?.ReadMemory().OomKilled ?? false;

    /// <summary>Kills whatever is left in the worker's cgroup (a process that escaped the tree kill).</summary>
    public void KillAll()
    {
        foreach (var pid in Cgroup?.ReadProcessIds() ?? [])
        {
            try
            {
                Process.GetProcessById(pid).Kill();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // Already gone.
            }
        }
    }

    /// <summary>
    /// Sets the worker's share of a contended CPU (see <see cref="CpuWeight"/>) and its cap in <paramref name="cores"/>,
    /// where it has a cgroup.
    /// </summary>
    public void SetCpu(double weight, double cores)
    {
        try
        {
            Cgroup?.SetCpuWeight(weight);
            Cgroup?.SetCpuQuota(cores);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The worker ended and its group is gone (or going): there is nothing left to weigh.
        }
    }

    public void Dispose() => Cgroup?.Dispose();
}
