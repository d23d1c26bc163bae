using ScriptHost.Workers.Confinement;

namespace ScriptHost.Tests.Workers.Confinement;

public sealed class CgroupMountTests
{
    // This machine's (and CI's) layout: v1 controllers, each on its own mount, plus a cgroup2 mount with no controllers.
    internal const string V1MachineMountInfo = """
        22 1 0:21 / /sys rw,nosuid,nodev,noexec,relatime shared:7 - sysfs sysfs rw
        30 22 0:27 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755
        31 30 0:28 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu
        32 30 0:29 / /sys/fs/cgroup/cpuacct rw,relatime - cgroup cgroup rw,cpuacct
        34 30 0:31 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory
        38 30 0:35 / /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids
        39 30 0:36 / /sys/fs/cgroup/systemd rw,relatime - cgroup cgroup rw,name=systemd
        40 30 0:37 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw
        """;

    [Fact]
    public void Parse_V1Machine_FindsEachControllerAndTheUnifiedMount()
    {
        var mounts = CgroupMount.Parse(V1MachineMountInfo);

        Assert.Equal(6, mounts.Count);
        Assert.Equal(["memory"], mounts.Single(mount => mount.MountPoint == "/sys/fs/cgroup/memory").Controllers);
        Assert.Empty(mounts.Single(mount => mount.MountPoint == "/sys/fs/cgroup/systemd").Controllers);
        Assert.True(mounts.Single(mount => mount.MountPoint == "/sys/fs/cgroup/unified").IsVersion2);
    }

    [Fact]
    public void Parse_CoMountedControllersAndOptionalFields_ListsEachController()
    {
        var mounts = CgroupMount.Parse("25 24 0:22 / /sys/fs/cgroup/cpu,cpuacct rw,nosuid shared:9 master:3 - cgroup cgroup rw,cpu,cpuacct");

        var mount = Assert.Single(mounts);
        Assert.Equal("/sys/fs/cgroup/cpu,cpuacct", mount.MountPoint);
        Assert.Equal(new HashSet<string> { "cpu", "cpuacct" }, mount.Controllers);
    }

    [Fact]
    public void Parse_EscapedSpaceInMountPoint_Unescapes()
    {
        var mount = Assert.Single(CgroupMount.Parse(@"40 30 0:37 / /mnt/my\040cgroups rw - cgroup2 cgroup2 rw"));

        Assert.Equal("/mnt/my cgroups", mount.MountPoint);
    }

    [Fact]
    public void DirectoryOf_MountShowingPartOfTheHierarchy_MapsThePathBelowItsRoot()
    {
        var mount = new CgroupMount("/sys/fs/cgroup/memory", "/docker/abc", IsVersion2: false, new HashSet<string> { "memory" });

        Assert.Equal("/sys/fs/cgroup/memory/worker", mount.DirectoryOf("/docker/abc/worker"));
        Assert.Equal("/sys/fs/cgroup/memory", mount.DirectoryOf("/docker/abc"));
        Assert.Null(mount.DirectoryOf("/docker/abcdef"));
    }
}
