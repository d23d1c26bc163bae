using ScriptHost.Workers.Confinement;

namespace ScriptHost.Tests.Workers.Confinement;

public sealed class HostGroupNameTests
{
    [Fact]
    public void NextForThisProcess_TwoHostsInOneProcess_GetDifferentNames()
    {
        var first = HostGroupName.NextForThisProcess();
        var second = HostGroupName.NextForThisProcess();

        Assert.NotEqual(first, second);
        Assert.StartsWith($"scripthost-{System.Environment.ProcessId}-", first, StringComparison.Ordinal);
    }

    [Fact]
    public void SweepStale_EmptyGroupsOfDeadHosts_AreRemovedAndOthersKept()
    {
        using var tree = new FakeCgroupTree(FakeCgroupTree.Version2Files);
        var own = tree.AddExistingGroup("service");
        tree.CreateDirectory(Path.Join(own, "scripthost-111-1"));
        tree.CreateDirectory(Path.Join(own, "scripthost-111-1", "worker-1"));
        tree.CreateDirectory(Path.Join(own, "scripthost-222-1"));
        tree.CreateDirectory(Path.Join(own, "scripthost-333-1"));
        File.WriteAllText(Path.Join(own, "scripthost-333-1", "cgroup.procs"), "4242\n"); // dead host, a process still inside
        tree.CreateDirectory(Path.Join(own, "unrelated"));

        HostGroupName.SweepStale(tree, own, isProcessAlive: processId => processId == 222);

        Assert.Equal(["scripthost-222-1", "scripthost-333-1", "unrelated"], Directory.EnumerateDirectories(own).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
