using ScriptHost.Workers.Confinement;

namespace ScriptHost.Tests.Workers.Confinement;

public sealed class WorkerResourceLimitsTests
{
    [Fact]
    public void ManagedHeapLimitBytes_IsThreeQuartersOfTheMemoryLimit()
    {
        Assert.Equal(48L * 1024 * 1024, new WorkerResourceLimits(64L * 1024 * 1024, 1.0, 64).ManagedHeapLimitBytes);
    }

    [Theory]
    [InlineData(1024L * 1024, 1.0, 64)]
    [InlineData(64L * 1024 * 1024, double.NaN, 64)]
    [InlineData(64L * 1024 * 1024, 0.0, 64)]
    [InlineData(64L * 1024 * 1024, 1.0, 0)]
    public void Validate_LimitTheKernelWouldRefuseOrIgnore_Throws(long memoryBytes, double cpuCores, int maxProcesses)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkerResourceLimits(memoryBytes, cpuCores, maxProcesses).Validate());
    }
}
