using ScriptHost.Workers.Confinement;

namespace ScriptHost.Tests.Workers.Confinement;

public sealed class CgroupMembershipTests
{
    [Fact]
    public void Parse_MixedHierarchies_MapsEachControllerAndTheUnifiedPath()
    {
        var membership = CgroupMembership.Parse("""
            9:name=systemd:/
            4:memory:/process_api/9f96
            2:cpu,cpuacct:/a:b
            0::/unified/path
            """);

        Assert.Equal("/unified/path", membership.UnifiedPath);
        Assert.Equal("/process_api/9f96", membership.PathByController["memory"]);
        Assert.Equal("/a:b", membership.PathByController["cpu"]);
        Assert.Equal("/a:b", membership.PathByController["cpuacct"]);
    }
}
