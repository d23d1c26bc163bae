using System.Diagnostics;

namespace ScriptHost.Workers.Confinement;

/// <summary>
/// A worker ready to start: its start info (stdin, stdout and stderr redirected) and the cgroup it joins before any
/// of its code runs (null where cgroups are unavailable). Disposing it (after the process has exited and the memory
/// counters were read) kills whatever is left in the group and removes the group.
/// </summary>
internal sealed class ConfinedLaunch(ProcessStartInfo startInfo, WorkerCgroup? cgroup, bool sandboxed) : IDisposable
{
    /// <summary>The exit code of a launch that could not join its cgroup (the worker never ran).</summary>
    public const int JoinCgroupFailedExitCode = ConfinedCommandLine.JoinCgroupFailedExitCode;

    public ProcessStartInfo StartInfo { get; } = startInfo;

    public WorkerCgroup? Cgroup { get; } = cgroup;

    /// <summary>The worker runs inside bubblewrap.</summary>
    public bool Sandboxed { get; } = sandboxed;

    public void Dispose() => Cgroup?.Dispose();
}
