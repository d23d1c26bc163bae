using ScriptHost.Storage.Errors;
using ScriptHost.Storage.Services;

namespace ScriptHost.Storage.Tests.Services;

public sealed class ServiceStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task CreateService_NewName_StoresHashAndSettings()
    {
        await using var temporary = TemporaryStore.Create();
        var settings = new ServiceSettings
        {
            CorsAllowedOrigins = ["https://example.com"],
            EgressAllowedHosts = ["api.twilio.com"],
            KeyValueQuota = new KeyValueQuota(10, null),
        };

        await temporary.Store.Services.CreateServiceAsync("shop", KeyHash.Compute("secret"), settings, None);
        var stored = await temporary.Store.Services.GetServiceAsync("shop", None);

        Assert.NotNull(stored);
        Assert.True(KeyHash.Verify("secret", stored.ApiKeyHash.Span));
        Assert.Equal<string>(["https://example.com"], stored.Settings.CorsAllowedOrigins);
        Assert.Equal<string>(["api.twilio.com"], stored.Settings.EgressAllowedHosts);
        Assert.Equal(new KeyValueQuota(10, null), stored.Settings.KeyValueQuota);
    }

    [Fact]
    public async Task CreateService_NameTaken_ThrowsConflictAndKeepsOriginal()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.Store.Services.CreateServiceAsync("shop", KeyHash.Compute("first"), new ServiceSettings(), None);

        await Assert.ThrowsAsync<StorageConflictException>(() =>
            temporary.Store.Services.CreateServiceAsync("shop", KeyHash.Compute("second"), new ServiceSettings(), None));

        var stored = await temporary.Store.Services.GetServiceAsync("shop", None);
        Assert.True(KeyHash.Verify("first", stored!.ApiKeyHash.Span));
    }

    [Theory]
    [InlineData("Shop")]
    [InlineData("")]
    [InlineData("a|b")]
    [InlineData("-shop")]
    public async Task CreateService_InvalidName_ThrowsValidation(string name)
    {
        await using var temporary = TemporaryStore.Create();

        var exception = await Assert.ThrowsAsync<StorageValidationException>(() =>
            temporary.Store.Services.CreateServiceAsync(name, KeyHash.Compute("k"), new ServiceSettings(), None));

        Assert.Equal("service", exception.ParameterName);
    }

    [Fact]
    public async Task CreateService_RawKeyInsteadOfHash_ThrowsValidation()
    {
        await using var temporary = TemporaryStore.Create();

        await Assert.ThrowsAsync<StorageValidationException>(() =>
            temporary.Store.Services.CreateServiceAsync("shop", "plain-key"u8.ToArray(), new ServiceSettings(), None));
    }

    [Fact]
    public async Task GetService_Unknown_ReturnsNull()
    {
        await using var temporary = TemporaryStore.Create();

        Assert.Null(await temporary.Store.Services.GetServiceAsync("nobody", None));
        Assert.Null(await temporary.Store.Services.GetServiceAsync("Not Valid", None));
    }

    [Fact]
    public async Task ListServices_Several_ReturnsSortedByName()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("zeta");
        await temporary.CreateServiceAsync("alpha");

        var services = await temporary.Store.Services.ListServicesAsync(None);

        Assert.Equal(["alpha", "zeta"], services.Select(service => service.Name));
    }

    [Fact]
    public async Task UpdateSettings_Existing_ReplacesSettings()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");

        var updated = await temporary.Store.Services.UpdateSettingsAsync("shop", new ServiceSettings { EgressAllowedHosts = ["example.org"] }, None);

        Assert.Equal<string>(["example.org"], updated!.Settings.EgressAllowedHosts);
        Assert.Equal<string>(["example.org"], (await temporary.Store.Services.GetServiceAsync("shop", None))!.Settings.EgressAllowedHosts);
        Assert.Null(await temporary.Store.Services.UpdateSettingsAsync("ghost", new ServiceSettings(), None));
    }

    [Fact]
    public async Task ReplaceApiKeyHash_Existing_OldKeyStopsWorking()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.Store.Services.CreateServiceAsync("shop", KeyHash.Compute("old"), new ServiceSettings(), None);

        Assert.True(await temporary.Store.Services.ReplaceApiKeyHashAsync("shop", KeyHash.Compute("new"), None));

        var stored = await temporary.Store.Services.GetServiceAsync("shop", None);
        Assert.False(KeyHash.Verify("old", stored!.ApiKeyHash.Span));
        Assert.True(KeyHash.Verify("new", stored.ApiKeyHash.Span));
        Assert.False(await temporary.Store.Services.ReplaceApiKeyHashAsync("ghost", KeyHash.Compute("x"), None));
    }

    [Fact]
    public async Task AdminKeyHash_SetThenReplaced_ReturnsLatest()
    {
        await using var temporary = TemporaryStore.Create();
        Assert.Null(await temporary.Store.Services.GetAdminKeyHashAsync(None));

        await temporary.Store.Services.SetAdminKeyHashAsync(KeyHash.Compute("admin-1"), None);
        await temporary.Store.Services.SetAdminKeyHashAsync(KeyHash.Compute("admin-2"), None);

        var hash = await temporary.Store.Services.GetAdminKeyHashAsync(None);
        Assert.True(KeyHash.Verify("admin-2", hash!.Value.Span));
        Assert.False(KeyHash.Verify("admin-1", hash.Value.Span));
    }

    [Fact]
    public async Task DeleteService_Unknown_ReturnsFalse()
    {
        await using var temporary = TemporaryStore.Create();

        Assert.False(await temporary.Store.Services.DeleteServiceAsync("ghost", None));
    }
}
