namespace ScriptHost.Workers.Confinement;

/// <summary>What a worker's cgroup saw of its memory: read after the worker died to name the limit it hit.</summary>
/// <param name="LimitHits">How often usage reached the limit (v1 <c>memory.failcnt</c>, v2 <c>memory.events</c> max); reclaim may have absorbed these.</param>
/// <param name="OomKills">Processes the kernel's OOM killer killed in the group (v1 <c>memory.oom_control</c>, v2 <c>memory.events</c> oom_kill).</param>
/// <param name="CurrentBytes">Memory charged to the group now, when the kernel reports it.</param>
/// <param name="PeakBytes">The most memory ever charged to the group, when the kernel reports it.</param>
internal sealed record CgroupMemoryReport(long LimitHits, long OomKills, long? CurrentBytes, long? PeakBytes)
{
    /// <summary>The kernel killed a process of the group for memory.</summary>
    public bool OomKilled => OomKills > 0;
}
