using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ScriptHost.Workers;

namespace ScriptHost.Tests.Workers;

public sealed class WorkerServicesTests
{
    [Theory]
    [InlineData("Prestarted", "8", "MaxWorkers", "4", "MaxWorkers must be at least")]
    [InlineData("TripPenaltyCpuCores", "2", "CpuCores", "1", "TripPenaltyCpuCores (a penalized worker's CPU cap) must not exceed")]
    [InlineData("TripPenaltyCpuCores", "0", "CpuCores", "1", "TripPenaltyCpuCores")]
    public void AddWorkers_InconsistentSettings_RefusedNamingTheSetting(string key, string value, string otherKey, string otherValue, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{WorkerPoolOptions.Section}:{key}"] = value,
            [$"{WorkerPoolOptions.Section}:{otherKey}"] = otherValue,
        }).Build();
        using var provider = new ServiceCollection().AddWorkers(configuration).BuildServiceProvider();

        var refused = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<WorkerPoolOptions>>().Value);

        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddWorkers_Defaults_Valid()
    {
        using var provider = new ServiceCollection().AddWorkers(new ConfigurationBuilder().Build()).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<WorkerPoolOptions>>().Value;

        Assert.True(options.TripPenaltyCpuCores <= options.CpuCores);
    }
}
