using ScriptHost.Workers.Confinement;

namespace ScriptHost.Tests.Workers.Confinement;

public sealed class CpuWeightTests
{
    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 0.5)]
    [InlineData(4, 0.25)]
    public void ForServiceWorker_ServiceWithNWorkers_TheyAddUpToOneServicesWeight(int workers, double each)
    {
        Assert.Equal(each, CpuWeight.ForServiceWorker(workers, penalized: false));
        Assert.Equal(CpuWeight.PerService, CpuWeight.ForServiceWorker(workers, penalized: false) * workers, precision: 10);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ForServiceWorker_PenalizedService_TheyAddUpToAPenalizedServicesWeight(int workers)
    {
        Assert.Equal(CpuWeight.Penalized, CpuWeight.ForServiceWorker(workers, penalized: true) * workers, precision: 10);
        Assert.True(CpuWeight.Penalized < CpuWeight.PerService);
    }

    [Theory]
    [InlineData(1.0, 1024, 100)]
    [InlineData(0.1, 102, 10)]
    [InlineData(0.0001, 2, 1)]
    [InlineData(1000.0, 262144, 10000)]
    public void ToKernelUnits_Weight_ScaledAndClampedToWhatEachVersionAccepts(double weight, long shares, long v2Weight)
    {
        Assert.Equal(shares, CpuWeight.ToV1Shares(weight));
        Assert.Equal(v2Weight, CpuWeight.ToV2Weight(weight));
    }

    [Fact]
    public void ToV1Shares_ZeroWeight_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CpuWeight.ToV1Shares(0));
    }
}
