namespace ScriptHost.Workers.Confinement;

/// <summary>A worker's group on cgroup v1; memory is read from the memory hierarchy, CPU time from cpuacct.</summary>
internal sealed class CgroupV1WorkerGroup(
    ICgroupFileSystem fileSystem,
    string name,
    IReadOnlyList<string> directories,
    string memoryDirectory,
    string cpuDirectory,
    string pidsDirectory,
    string? accountingDirectory)
    : WorkerCgroup(fileSystem, name, directories)
{
    public override CgroupMemoryReport ReadMemory() => new(
        // With swap accounting the memory+swap limit (set equal) may be the one that is hit.
        LimitHits: Math.Max(ReadNumber(Path.Join(memoryDirectory, "memory.failcnt")), ReadNumberIfPresent(Path.Join(memoryDirectory, "memory.memsw.failcnt")) ?? 0),
        // "oom_kill N" is in memory.oom_control since Linux 4.13.
        OomKills: ReadKeyedValue(Path.Join(memoryDirectory, "memory.oom_control"), "oom_kill"),
        CurrentBytes: ReadNumberIfPresent(Path.Join(memoryDirectory, "memory.usage_in_bytes")),
        PeakBytes: ReadNumberIfPresent(Path.Join(memoryDirectory, "memory.max_usage_in_bytes")));

    public override long ReadProcessLimitHits() => ReadKeyedValue(Path.Join(pidsDirectory, "pids.events"), "max");

    public override void SetCpuWeight(double weight) =>
        FileSystem.WriteText(Path.Join(cpuDirectory, "cpu.shares"), CpuWeight.ToV1Shares(weight).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override void SetCpuQuota(double cores) =>
        FileSystem.WriteText(Path.Join(cpuDirectory, "cpu.cfs_quota_us"), CpuQuota.Microseconds(cores).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override TimeSpan? ReadCpuTime() =>
        accountingDirectory is not null && ReadNumberIfPresent(Path.Join(accountingDirectory, "cpuacct.usage")) is { } nanoseconds
            ? TimeSpan.FromTicks(nanoseconds / 100)
            : null;
}
