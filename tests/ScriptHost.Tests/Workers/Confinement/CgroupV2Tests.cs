using ScriptHost.Workers.Confinement;

namespace ScriptHost.Tests.Workers.Confinement;

/// <summary>The v2 file writes, against a temporary tree laid out like a unified hierarchy (CI has only v1).</summary>
public sealed class CgroupV2Tests : IDisposable
{
    private static readonly WorkerResourceLimits Limits = new(MemoryBytes: 64L * 1024 * 1024, CpuCores: 0.2, MaxProcesses: 8);

    private readonly FakeCgroupTree _tree = new(FakeCgroupTree.Version2Files);
    private readonly string _own;
    private readonly CgroupV2 _cgroups;

    public CgroupV2Tests()
    {
        _own = _tree.AddExistingGroup("system.slice/scripthost.service");
        _cgroups = CgroupV2.TryCreate(_tree, _own, "scripthost-1-1", out var reason) ?? throw new InvalidOperationException(reason);
    }

    [Fact]
    public void Create_Limits_AreWrittenToTheWorkersGroup()
    {
        using var group = _cgroups.Create("worker-1", Limits);

        var directory = Path.Join(_own, "scripthost-1-1", "worker-1");
        Assert.Equal([directory], group.Directories);
        Assert.Equal([Path.Join(directory, "cgroup.procs")], group.ProcessFiles);
        Assert.Equal("67108864", _tree.Read(directory, "memory.max"));
        Assert.Equal("0", _tree.Read(directory, "memory.swap.max"));
        Assert.Equal("1", _tree.Read(directory, "memory.oom.group"));
        Assert.Equal("20000 100000", _tree.Read(directory, "cpu.max"));
        Assert.Equal("8", _tree.Read(directory, "pids.max"));
        Assert.Equal("10", _tree.Read(directory, "cpu.weight")); // unbound: a tenth of the default 100
    }

    [Fact]
    public void SetCpuWeight_AServicesOnlyWorker_WritesTheDefaultWeight()
    {
        using var group = _cgroups.Create("worker-1", Limits);

        group.SetCpuWeight(CpuWeight.ForServiceWorker(1, penalized: false));

        Assert.Equal("100", _tree.Read(group.Directories[0], "cpu.weight"));
    }

    [Fact]
    public void SetCpuQuota_ATenthOfACore_WritesATenthOfThePeriod()
    {
        using var group = _cgroups.Create("worker-1", Limits);

        group.SetCpuQuota(0.1);

        Assert.Equal("10000 100000", _tree.Read(group.Directories[0], "cpu.max"));
    }

    [Fact]
    public void Create_OneWholeCore_QuotaEqualsPeriod()
    {
        using var group = _cgroups.Create("worker-1", Limits with { CpuCores = 1.0 });

        Assert.Equal("100000 100000", _tree.Read(group.Directories[0], "cpu.max"));
    }

    [Fact]
    public void TryCreate_OwnGroupWithoutMemoryController_ReasonNamesIt()
    {
        using var tree = new FakeCgroupTree(FakeCgroupTree.Version2Files, controllers: "cpu pids hugetlb");
        var own = tree.AddExistingGroup("service");

        var cgroups = CgroupV2.TryCreate(tree, own, "scripthost-1-1", out var reason);

        Assert.Null(cgroups);
        Assert.Contains("no memory controller", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadMemory_MemoryEventsAfterAnOomKill_ReportsOomKilled()
    {
        using var group = _cgroups.Create("worker-1", Limits);
        var directory = group.Directories[0];
        File.WriteAllText(Path.Join(directory, "memory.events"), "low 0\nhigh 0\nmax 17\noom 1\noom_kill 1\noom_group_kill 1\n");
        File.WriteAllText(Path.Join(directory, "memory.current"), "4096\n");
        File.WriteAllText(Path.Join(directory, "memory.peak"), "67108864\n");

        var memory = group.ReadMemory();

        Assert.Equal(new CgroupMemoryReport(LimitHits: 17, OomKills: 1, CurrentBytes: 4096, PeakBytes: 67108864), memory);
        Assert.True(memory.OomKilled);
    }

    [Fact]
    public void ReadMemory_NoEvents_ReportsNotOomKilled()
    {
        using var group = _cgroups.Create("worker-1", Limits);
        File.WriteAllText(Path.Join(group.Directories[0], "memory.events"), "low 0\nhigh 0\nmax 0\noom 0\noom_kill 0\n");

        Assert.False(group.ReadMemory().OomKilled);
    }

    [Fact]
    public void ReadCpuTimeAndProcessLimitHits_KernelCounters_AreParsed()
    {
        using var group = _cgroups.Create("worker-1", Limits);
        File.WriteAllText(Path.Join(group.Directories[0], "cpu.stat"), "usage_usec 1500000\nuser_usec 1000000\nsystem_usec 500000\n");
        File.WriteAllText(Path.Join(group.Directories[0], "pids.events"), "max 3\n");

        Assert.Equal(TimeSpan.FromSeconds(1.5), group.ReadCpuTime());
        Assert.Equal(3, group.ReadProcessLimitHits());
    }

    [Fact]
    public void Dispose_WorkerGroup_IsRemovedAndKilledThroughCgroupKill()
    {
        var group = _cgroups.Create("worker-1", Limits);
        var directory = group.Directories[0];

        group.Dispose();

        Assert.True(group.Removed);
        Assert.False(Directory.Exists(directory));
    }

    [Fact]
    public void Create_NameWithAPath_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => _cgroups.Create("../escape", Limits));
        Assert.Throws<ArgumentException>(() => _cgroups.Create("a/b", Limits));
    }

    [Fact]
    public void Dispose_HostGroupWithWorkersLeft_RemovesThemAndItself()
    {
        _cgroups.Create("worker-1", Limits);
        _cgroups.Create("worker-2", Limits);

        _cgroups.Dispose();

        Assert.False(Directory.Exists(Path.Join(_own, "scripthost-1-1")));
        Assert.True(Directory.Exists(_own));
    }

    public void Dispose()
    {
        _cgroups.Dispose();
        _tree.Dispose();
    }
}
