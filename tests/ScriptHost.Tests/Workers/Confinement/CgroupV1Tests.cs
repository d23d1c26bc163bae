using ScriptHost.Workers.Confinement;

namespace ScriptHost.Tests.Workers.Confinement;

/// <summary>The v1 file writes against a temporary tree; the same code against the real kernel is in <see cref="WorkerCgroupTests"/>.</summary>
public sealed class CgroupV1Tests : IDisposable
{
    private static readonly WorkerResourceLimits Limits = new(MemoryBytes: 64L * 1024 * 1024, CpuCores: 0.5, MaxProcesses: 8);

    private readonly FakeCgroupTree _tree = new(FakeCgroupTree.Version1Files);

    [Fact]
    public void Create_SeparateHierarchies_WritesEachLimitInItsController()
    {
        using var cgroups = CreateV1("""
            31 30 0:28 / {root}/cpu rw - cgroup cgroup rw,cpu
            32 30 0:29 / {root}/cpuacct rw - cgroup cgroup rw,cpuacct
            34 30 0:31 / {root}/memory rw - cgroup cgroup rw,memory
            38 30 0:35 / {root}/pids rw - cgroup cgroup rw,pids
            """, "cpu", "cpuacct", "memory", "pids");

        using var group = cgroups.Create("worker-1", Limits);

        string Worker(string controller) => Path.Join(_tree.Root, controller, "host", "scripthost-1-1", "worker-1");
        Assert.Equal(4, group.Directories.Count);
        Assert.Equal("67108864", _tree.Read(Worker("memory"), "memory.limit_in_bytes"));
        Assert.Equal("67108864", _tree.Read(Worker("memory"), "memory.memsw.limit_in_bytes"));
        Assert.Equal("100000", _tree.Read(Worker("cpu"), "cpu.cfs_period_us"));
        Assert.Equal("50000", _tree.Read(Worker("cpu"), "cpu.cfs_quota_us"));
        Assert.Equal("8", _tree.Read(Worker("pids"), "pids.max"));
        Assert.Equal("102", _tree.Read(Worker("cpu"), "cpu.shares")); // unbound: a tenth of the default 1024
        Assert.Contains(Path.Join(Worker("cpuacct"), "cgroup.procs"), group.ProcessFiles);
    }

    [Fact]
    public void SetCpuWeight_HalfAServicesWeight_WritesHalfTheDefaultShares()
    {
        using var cgroups = CreateV1WithoutCpuacct();
        using var group = cgroups.Create("worker-1", Limits);

        group.SetCpuWeight(CpuWeight.ForServiceWorker(2, penalized: false));

        Assert.Equal("512", _tree.Read(Path.Join(_tree.Root, "cpu", "host", "scripthost-1-1", "worker-1"), "cpu.shares"));
    }

    [Fact]
    public void SetCpuQuota_ATenthOfACore_WritesATenthOfThePeriod()
    {
        using var cgroups = CreateV1WithoutCpuacct();
        using var group = cgroups.Create("worker-1", Limits);

        group.SetCpuQuota(0.1);

        var cpu = Path.Join(_tree.Root, "cpu", "host", "scripthost-1-1", "worker-1");
        Assert.Equal("10000", _tree.Read(cpu, "cpu.cfs_quota_us"));
        Assert.Equal("100000", _tree.Read(cpu, "cpu.cfs_period_us"));
    }

    [Fact]
    public void Create_CoMountedCpuAndCpuacct_UsesOneDirectoryForBoth()
    {
        using var cgroups = CreateV1("""
            31 30 0:28 / {root}/cpu,cpuacct rw - cgroup cgroup rw,cpu,cpuacct
            34 30 0:31 / {root}/memory rw - cgroup cgroup rw,memory
            38 30 0:35 / {root}/pids rw - cgroup cgroup rw,pids
            """, "cpu,cpuacct", "memory", "pids");

        using var group = cgroups.Create("worker-1", Limits);

        Assert.Equal(3, group.Directories.Count);
        Assert.Equal(3, group.ProcessFiles.Distinct().Count());
    }

    [Fact]
    public void ReadMemory_CountersAfterAnOomKill_ReportsOomKilled()
    {
        using var cgroups = CreateV1WithoutCpuacct();
        using var group = cgroups.Create("worker-1", Limits);
        var memory = Path.Join(_tree.Root, "memory", "host", "scripthost-1-1", "worker-1");
        File.WriteAllText(Path.Join(memory, "memory.failcnt"), "42\n");
        File.WriteAllText(Path.Join(memory, "memory.oom_control"), "oom_kill_disable 0\nunder_oom 0\noom_kill 1\n");
        File.WriteAllText(Path.Join(memory, "memory.usage_in_bytes"), "0\n");
        File.WriteAllText(Path.Join(memory, "memory.max_usage_in_bytes"), "67108864\n");

        Assert.Equal(new CgroupMemoryReport(LimitHits: 42, OomKills: 1, CurrentBytes: 0, PeakBytes: 67108864), group.ReadMemory());
        Assert.Null(group.ReadCpuTime()); // no cpuacct hierarchy mounted
    }

    public void Dispose() => _tree.Dispose();

    /// <summary>Separate cpu, memory and pids hierarchies and no cpuacct.</summary>
    private CgroupV1 CreateV1WithoutCpuacct() => CreateV1("""
        31 30 0:28 / {root}/cpu rw - cgroup cgroup rw,cpu
        34 30 0:31 / {root}/memory rw - cgroup cgroup rw,memory
        38 30 0:35 / {root}/pids rw - cgroup cgroup rw,pids
        """, "cpu", "memory", "pids");

    private CgroupV1 CreateV1(string mountInfo, params string[] mountDirectories)
    {
        foreach (var directory in mountDirectories)
        {
            _tree.AddExistingGroup(Path.Join(directory, "host"));
        }

        var mounts = CgroupMount.Parse(mountInfo.Replace("{root}", _tree.Root, StringComparison.Ordinal));
        var membership = CgroupMembership.Parse("8:pids:/host\n4:memory:/host\n2:cpu,cpuacct:/host\n");
        return CgroupV1.TryCreate(_tree, mounts, membership, "scripthost-1-1", out var reason) ?? throw new InvalidOperationException(reason);
    }
}
