namespace ScriptHost.Workers.Confinement;

/// <summary>A worker's group on cgroup v2: one directory for every controller.</summary>
internal sealed class CgroupV2WorkerGroup(ICgroupFileSystem fileSystem, string name, string directory)
    : WorkerCgroup(fileSystem, name, [directory])
{
    public override CgroupMemoryReport ReadMemory()
    {
        var events = Path.Join(directory, "memory.events");
        return new CgroupMemoryReport(
            LimitHits: ReadKeyedValue(events, "max"),
            OomKills: ReadKeyedValue(events, "oom_kill"),
            CurrentBytes: ReadNumberIfPresent(Path.Join(directory, "memory.current")),
            // memory.peak exists since Linux 5.19.
            PeakBytes: ReadNumberIfPresent(Path.Join(directory, "memory.peak")));
    }

    public override long ReadProcessLimitHits() => ReadKeyedValue(Path.Join(directory, "pids.events"), "max");

    public override void SetCpuWeight(double weight) =>
        FileSystem.WriteText(Path.Join(directory, "cpu.weight"), CpuWeight.ToV2Weight(weight).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override void SetCpuQuota(double cores) => FileSystem.WriteText(Path.Join(directory, "cpu.max"), CpuQuota.ToV2Max(cores));

    public override TimeSpan? ReadCpuTime()
    {
        var stat = Path.Join(directory, "cpu.stat");
        return FileSystem.FileExists(stat) ? TimeSpan.FromMicroseconds(ReadKeyedValue(stat, "usage_usec")) : null;
    }
}
