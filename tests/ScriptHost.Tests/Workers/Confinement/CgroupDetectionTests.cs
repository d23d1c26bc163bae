using ScriptHost.Workers.Confinement;

namespace ScriptHost.Tests.Workers.Confinement;

public sealed class CgroupDetectionTests
{
    private const string HostGroup = "scripthost-1-1";

    [Fact]
    public void Detect_MountInfoWithoutCgroups_ReportsNoneWithAReason()
    {
        using var tree = new FakeCgroupTree(FakeCgroupTree.Version2Files);
        const string mountInfo = """
            21 1 8:1 / / rw,relatime - ext4 /dev/vda rw
            22 21 0:20 / /proc rw,nosuid - proc proc rw
            """;

        var detection = CgroupDetection.Detect(mountInfo, "0::/\n", tree, HostGroup);

        Assert.Null(detection.Cgroups);
        Assert.Equal("none", detection.Version);
        Assert.Contains("no cgroup file system is mounted", Assert.Single(detection.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_V1ControllersAndAUnifiedMountWithoutControllers_ReportsV1()
    {
        using var tree = new FakeCgroupTree(FakeCgroupTree.Version1Files);
        foreach (var controller in new[] { "memory", "cpu", "cpuacct", "pids" })
        {
            tree.AddExistingGroup($"{controller}/host");
        }

        var unified = tree.AddExistingGroup("unified/host");
        File.WriteAllText(Path.Join(unified, "cgroup.controllers"), "hugetlb");
        var mountInfo = CgroupMountTests.V1MachineMountInfo.Replace("/sys/fs/cgroup/", tree.Root + "/", StringComparison.Ordinal);
        const string selfCgroup = "8:pids:/host\n4:memory:/host\n2:cpuacct:/host\n1:cpu:/host\n0::/host\n";

        var detection = CgroupDetection.Detect(mountInfo, selfCgroup, tree, HostGroup);

        using var cgroups = detection.Cgroups;
        Assert.Equal("v1", detection.Version);
        Assert.Empty(detection.Reasons);
        Assert.All(new[] { "memory", "cpu", "cpuacct", "pids" }, controller => Assert.True(Directory.Exists(Path.Join(tree.Root, controller, "host", HostGroup))));
    }

    [Fact]
    public void Detect_V1WithoutThePidsController_ReportsNoneNamingIt()
    {
        using var tree = new FakeCgroupTree(FakeCgroupTree.Version1Files);
        tree.AddExistingGroup("memory");
        tree.AddExistingGroup("cpu");
        var mountInfo = $"""
            31 30 0:28 / {tree.Root}/cpu rw - cgroup cgroup rw,cpu
            34 30 0:31 / {tree.Root}/memory rw - cgroup cgroup rw,memory
            """;

        var detection = CgroupDetection.Detect(mountInfo, "4:memory:/\n1:cpu:/\n", tree, HostGroup);

        Assert.Null(detection.Cgroups);
        Assert.Contains("no pids controller", Assert.Single(detection.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_UnifiedHierarchyWithControllers_ReportsV2AndEnablesThemForWorkers()
    {
        using var tree = new FakeCgroupTree(FakeCgroupTree.Version2Files);
        var own = tree.AddExistingGroup("service");
        var mountInfo = $"40 30 0:37 / {tree.Root} rw - cgroup2 cgroup2 rw";

        var detection = CgroupDetection.Detect(mountInfo, "0::/service\n", tree, HostGroup);

        using var cgroups = detection.Cgroups;
        Assert.Equal("v2", detection.Version);
        Assert.Equal([Path.Join(own, HostGroup)], cgroups!.ParentDirectories);
        Assert.Equal("+memory +cpu +pids", tree.Read(own, "cgroup.subtree_control"));
        Assert.Equal("+memory +cpu +pids", tree.Read(Path.Join(own, HostGroup), "cgroup.subtree_control"));
    }

    [ConfinementFact(ConfinementNeeds.Cgroups)]
    public void Detect_ThisMachine_CreatesTheHostGroupUnderItsOwnAndDisposeRemovesIt()
    {
        var hostGroup = HostGroupName.NextForThisProcess();
        var detection = CgroupDetection.Detect(hostGroup);
        var cgroups = detection.Cgroups!;
        var parents = cgroups.ParentDirectories;
        Assert.All(parents, parent => Assert.True(Directory.Exists(parent), parent));
        Assert.All(parents, parent => Assert.Equal(hostGroup, Path.GetFileName(parent)));

        cgroups.Dispose();

        Assert.All(parents, parent => Assert.False(Directory.Exists(parent), parent));
    }
}
