using ScriptHost.Storage.Errors;
using ScriptHost.Storage.Usage;

namespace ScriptHost.Storage.Tests.Usage;

public sealed class UsageStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AddUsage_RepeatedIncrements_SumPerFunctionAndMonth()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");

        await temporary.Store.Usage.AddUsageAsync([new("shop", "/a", "2025-03", 2), new("shop", "/a", "2025-03", 3), new("shop", "/b", "2025-03", 1)], None);
        await temporary.Store.Usage.AddUsageAsync([new("shop", "/a", "2025-03", 5), new("shop", "/a", "2025-04", 7)], None);

        Assert.Equal(
            [new UsageCounter("shop", "/a", "2025-03", 10), new UsageCounter("shop", "/b", "2025-03", 1)],
            await temporary.Store.Usage.GetUsageAsync("shop", "2025-03", None));
        Assert.Equal(7, Assert.Single(await temporary.Store.Usage.GetUsageAsync("shop", "2025-04", None)).Invocations);
    }

    [Fact]
    public async Task GetUsage_BadMonth_ThrowsValidation()
    {
        await using var temporary = TemporaryStore.Create();

        await Assert.ThrowsAsync<StorageValidationException>(() => temporary.Store.Usage.GetUsageAsync("shop", "2025-3", None));
    }

    [Fact]
    public void UsageMonth_From_UsesUtcMonth()
    {
        Assert.Equal("2025-03", UsageMonth.From(new DateTimeOffset(2025, 4, 1, 1, 0, 0, TimeSpan.FromHours(2))));
    }
}
