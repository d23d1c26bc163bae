using System.Diagnostics;

namespace ScriptHost.Workers;

/// <summary>How one worker is started and confined: its start info, and the cgroup that bounds it when there is one.</summary>
internal sealed class WorkerLaunch(ProcessStartInfo startInfo, IWorkerConfinementHandle confinement) : IDisposable
{
    public ProcessStartInfo StartInfo { get; } = startInfo;

    /// <summary>True when the worker has a cgroup of its own, whose records say what ended it.</summary>
    public bool HasCgroup => confinement.HasCgroup;

    /// <summary>True when the worker's cgroup recorded it hitting its memory limit.</summary>
    public bool MemoryLimitHit() => confinement.MemoryLimitHit();

    /// <summary>Kills whatever is left in the worker's cgroup (a process that escaped the tree kill).</summary>
    public void KillAll() => confinement.KillAll();

    /// <summary>Sets the worker's share of a contended CPU, where it has a cgroup.</summary>
    public void SetCpuWeight(double weight) => confinement.SetCpuWeight(weight);

    /// <summary>Removes the worker's cgroup.</summary>
    public void Dispose() => confinement.Dispose();
}

/// <summary>The part of a worker's confinement the host acts on after start.</summary>
internal interface IWorkerConfinementHandle : IDisposable
{
    bool HasCgroup { get; }

    bool MemoryLimitHit();

    void KillAll();

    void SetCpuWeight(double weight);
}
