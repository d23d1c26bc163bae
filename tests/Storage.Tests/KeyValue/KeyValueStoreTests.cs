using ScriptHost.Storage.Errors;
using ScriptHost.Storage.Services;

namespace ScriptHost.Storage.Tests.KeyValue;

public sealed class KeyValueStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Set_ThenGet_ReturnsValueAndMissingKeyReturnsNull()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");

        await temporary.Store.KeyValue.SetAsync("shop", "cart:1", "{\"n\":1}", None);
        await temporary.Store.KeyValue.SetAsync("shop", "cart:1", "{\"n\":2}", None);

        Assert.Equal("{\"n\":2}", await temporary.Store.KeyValue.GetAsync("shop", "cart:1", None));
        Assert.Null(await temporary.Store.KeyValue.GetAsync("shop", "cart:2", None));
    }

    [Fact]
    public async Task Set_LoneSurrogateInKeyOrValue_ThrowsValidationAndKeepsOldValue()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        await temporary.Store.KeyValue.SetAsync("shop", "k", "old", None);

        var value = await Assert.ThrowsAsync<StorageValidationException>(() => temporary.Store.KeyValue.SetAsync("shop", "k", "new \ud800", None));
        var key = await Assert.ThrowsAsync<StorageValidationException>(() => temporary.Store.KeyValue.SetAsync("shop", "k\udc00", "v", None));

        Assert.Equal("value", value.ParameterName);
        Assert.Equal("key", key.ParameterName);
        Assert.Equal("old", await temporary.Store.KeyValue.GetAsync("shop", "k", None));
    }

    [Fact]
    public async Task Delete_ExistingAndMissing_ReturnsTrueThenFalseAndUpdatesUsage()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        await temporary.Store.KeyValue.SetAsync("shop", "k", "value", None);

        Assert.True(await temporary.Store.KeyValue.DeleteAsync("shop", "k", None));
        Assert.False(await temporary.Store.KeyValue.DeleteAsync("shop", "k", None));
        Assert.Equal(new(0, 0), await temporary.Store.KeyValue.GetUsageAsync("shop", None));
    }

    [Fact]
    public async Task ListKeys_ByPrefix_ReturnsMatchingSortedUpToLimit()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        foreach (var key in new[] { "user:3", "user:1", "order:1", "user:2", "User:9" })
        {
            await temporary.Store.KeyValue.SetAsync("shop", key, "x", None);
        }

        Assert.Equal(["user:1", "user:2", "user:3"], await temporary.Store.KeyValue.ListKeysAsync("shop", "user:", 10, None));
        Assert.Equal(["user:1", "user:2"], await temporary.Store.KeyValue.ListKeysAsync("shop", "user:", 2, None));
        Assert.Equal(5, (await temporary.Store.KeyValue.ListKeysAsync("shop", "", 100, None)).Count);
    }

    [Fact]
    public async Task Set_ValueOver64KB_ThrowsValueTooLargeAndKeepsOldValue()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        await temporary.Store.KeyValue.SetAsync("shop", "k", "old", None);

        var exception = await Assert.ThrowsAsync<ValueTooLargeException>(() =>
            temporary.Store.KeyValue.SetAsync("shop", "k", new string('x', (64 * 1024) + 1), None));

        Assert.Equal(64 * 1024, exception.MaximumBytes);
        Assert.Equal("old", await temporary.Store.KeyValue.GetAsync("shop", "k", None));
    }

    [Fact]
    public async Task Set_Exactly64KB_IsAccepted()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");

        await temporary.Store.KeyValue.SetAsync("shop", "k", new string('x', 64 * 1024), None);

        Assert.Equal(64 * 1024, (await temporary.Store.KeyValue.GetAsync("shop", "k", None))!.Length);
    }

    [Fact]
    public async Task Set_OverEntryQuota_ThrowsQuotaExceededButOverwriteStillWorks()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop", new ServiceSettings { KeyValueQuota = new KeyValueQuota(MaxEntries: 2, MaxTotalBytes: null) });
        await temporary.Store.KeyValue.SetAsync("shop", "a", "1", None);
        await temporary.Store.KeyValue.SetAsync("shop", "b", "2", None);

        var exception = await Assert.ThrowsAsync<QuotaExceededException>(() => temporary.Store.KeyValue.SetAsync("shop", "c", "3", None));
        await temporary.Store.KeyValue.SetAsync("shop", "a", "updated", None);

        Assert.Equal("shop", exception.Service);
        Assert.Null(await temporary.Store.KeyValue.GetAsync("shop", "c", None));
        Assert.Equal("updated", await temporary.Store.KeyValue.GetAsync("shop", "a", None));
    }

    [Fact]
    public async Task Set_OverByteQuota_ThrowsQuotaExceededAndCountsKeysAndValues()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop", new ServiceSettings { KeyValueQuota = new KeyValueQuota(MaxEntries: null, MaxTotalBytes: 100) });
        await temporary.Store.KeyValue.SetAsync("shop", "k1", new string('x', 50), None);

        await Assert.ThrowsAsync<QuotaExceededException>(() => temporary.Store.KeyValue.SetAsync("shop", "k2", new string('x', 50), None));

        Assert.Equal(new(1, 52), await temporary.Store.KeyValue.GetUsageAsync("shop", None));
    }

    [Fact]
    public async Task Set_NoServiceQuota_UsesStoreDefault()
    {
        await using var temporary = TemporaryStore.Create(options => options with { DefaultKeyValueQuota = new KeyValueQuota(1, null) });
        await temporary.CreateServiceAsync("shop");
        await temporary.Store.KeyValue.SetAsync("shop", "a", "1", None);

        await Assert.ThrowsAsync<QuotaExceededException>(() => temporary.Store.KeyValue.SetAsync("shop", "b", "2", None));
    }

    [Fact]
    public async Task Set_ServiceQuotaNamesOnlyEntries_KeepsTheDefaultByteLimit()
    {
        await using var temporary = TemporaryStore.Create(options => options with { DefaultKeyValueQuota = new KeyValueQuota(10, 100) });
        await temporary.CreateServiceAsync("shop", new ServiceSettings { KeyValueQuota = new KeyValueQuota(MaxEntries: 5, MaxTotalBytes: null) });
        await temporary.Store.KeyValue.SetAsync("shop", "k1", new string('x', 50), None);

        await Assert.ThrowsAsync<QuotaExceededException>(() => temporary.Store.KeyValue.SetAsync("shop", "k2", new string('x', 50), None));
    }

    [Fact]
    public async Task Set_UnknownServiceOrEmptyKey_Throws()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");

        await Assert.ThrowsAsync<StorageNotFoundException>(() => temporary.Store.KeyValue.SetAsync("ghost", "k", "v", None));
        await Assert.ThrowsAsync<StorageValidationException>(() => temporary.Store.KeyValue.SetAsync("shop", "", "v", None));
    }
}
