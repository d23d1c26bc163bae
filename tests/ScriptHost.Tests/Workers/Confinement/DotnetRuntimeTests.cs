using ScriptHost.Workers.Confinement;

namespace ScriptHost.Tests.Workers.Confinement;

public sealed class DotnetRuntimeTests
{
    [Fact]
    public void Find_ThisProcess_FindsTheRootHoldingTheRunningFramework()
    {
        var runtime = DotnetRuntime.Find();

        Assert.NotNull(runtime);
        Assert.True(File.Exists(runtime.Executable));
        Assert.True(Directory.Exists(Path.Join(runtime.Root, "shared", "Microsoft.NETCore.App", System.Environment.Version.ToString())), runtime.Root);
    }
}
