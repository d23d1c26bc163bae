using ScriptHost.Storage.Errors;
using ScriptHost.Storage.Services;

namespace ScriptHost.Storage.Tests.Services;

/// <summary>
/// Rotating a service's key or the admin key: the current hash moves to the previous slot with its expiry, only the
/// latest previous key is kept, and both survive a reopen.
/// </summary>
public sealed class ServiceKeyRotationTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset ValidUntil = new(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public async Task RotateApiKeyHash_Existing_NewKeyCurrentOldKeyPreviousUntilItsExpiry()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.Store.Services.CreateServiceAsync("shop", KeyHash.Compute("old"), new ServiceSettings(), None);

        var rotated = await temporary.Store.Services.RotateApiKeyHashAsync("shop", KeyHash.Compute("new"), ValidUntil, None);

        Assert.NotNull(rotated);
        var stored = await temporary.Store.Services.GetServiceAsync("shop", None);
        foreach (var record in new[] { rotated, stored! })
        {
            Assert.True(KeyHash.Verify("new", record.ApiKeyHash.Span));
            Assert.True(KeyHash.Verify("old", record.PreviousApiKeyHash!.Hash.Span));
            Assert.Equal(ValidUntil, record.PreviousApiKeyHash.ValidUntil);
        }
    }

    [Fact]
    public async Task RotateApiKeyHash_Twice_KeepsOnlyTheLatestPreviousKey()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.Store.Services.CreateServiceAsync("shop", KeyHash.Compute("first"), new ServiceSettings(), None);
        await temporary.Store.Services.RotateApiKeyHashAsync("shop", KeyHash.Compute("second"), ValidUntil, None);

        await temporary.Store.Services.RotateApiKeyHashAsync("shop", KeyHash.Compute("third"), ValidUntil.AddHours(1), None);

        var stored = await temporary.Store.Services.GetServiceAsync("shop", None);
        Assert.True(KeyHash.Verify("third", stored!.ApiKeyHash.Span));
        Assert.True(KeyHash.Verify("second", stored.PreviousApiKeyHash!.Hash.Span));
        Assert.Equal(ValidUntil.AddHours(1), stored.PreviousApiKeyHash.ValidUntil);
    }

    [Fact]
    public async Task RotateApiKeyHash_ReopenedAndSettingsUpdated_PreviousKeyKept()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.Store.Services.CreateServiceAsync("shop", KeyHash.Compute("old"), new ServiceSettings(), None);
        await temporary.Store.Services.RotateApiKeyHashAsync("shop", KeyHash.Compute("new"), ValidUntil, None);

        await temporary.ReopenAsync();
        await temporary.Store.Services.UpdateSettingsAsync("shop", new ServiceSettings { CorsAllowedOrigins = ["https://example.com"] }, None);

        var stored = await temporary.Store.Services.GetServiceAsync("shop", None);
        Assert.True(KeyHash.Verify("new", stored!.ApiKeyHash.Span));
        Assert.True(KeyHash.Verify("old", stored.PreviousApiKeyHash!.Hash.Span));
        Assert.Equal(ValidUntil, stored.PreviousApiKeyHash.ValidUntil);
    }

    [Fact]
    public async Task RotateApiKeyHash_UnknownOrInvalidService_ReturnsNull()
    {
        await using var temporary = TemporaryStore.Create();

        Assert.Null(await temporary.Store.Services.RotateApiKeyHashAsync("ghost", KeyHash.Compute("k"), ValidUntil, None));
        Assert.Null(await temporary.Store.Services.RotateApiKeyHashAsync("Not|Valid", KeyHash.Compute("k"), ValidUntil, None));
    }

    [Fact]
    public async Task RotateApiKeyHash_RawKeyInsteadOfHash_ThrowsValidationAndKeepsTheKey()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.Store.Services.CreateServiceAsync("shop", KeyHash.Compute("old"), new ServiceSettings(), None);

        await Assert.ThrowsAsync<StorageValidationException>(() =>
            temporary.Store.Services.RotateApiKeyHashAsync("shop", "svc_raw-key"u8.ToArray(), ValidUntil, None));

        var stored = await temporary.Store.Services.GetServiceAsync("shop", None);
        Assert.True(KeyHash.Verify("old", stored!.ApiKeyHash.Span));
        Assert.Null(stored.PreviousApiKeyHash);
    }

    [Fact]
    public async Task CreateService_New_HasNoPreviousKey()
    {
        await using var temporary = TemporaryStore.Create();

        await temporary.Store.Services.CreateServiceAsync("shop", KeyHash.Compute("k"), new ServiceSettings(), None);

        Assert.Null((await temporary.Store.Services.GetServiceAsync("shop", None))!.PreviousApiKeyHash);
    }

    [Fact]
    public async Task ReplaceApiKeyHash_AfterRotation_ForgetsThePreviousKey()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.Store.Services.CreateServiceAsync("shop", KeyHash.Compute("old"), new ServiceSettings(), None);
        await temporary.Store.Services.RotateApiKeyHashAsync("shop", KeyHash.Compute("new"), ValidUntil, None);

        Assert.True(await temporary.Store.Services.ReplaceApiKeyHashAsync("shop", KeyHash.Compute("replaced"), None));

        var stored = await temporary.Store.Services.GetServiceAsync("shop", None);
        Assert.True(KeyHash.Verify("replaced", stored!.ApiKeyHash.Span));
        Assert.Null(stored.PreviousApiKeyHash);
    }

    [Fact]
    public async Task RotateAdminKeyHash_Stored_MovesItToPreviousAndSurvivesReopen()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.Store.Services.SetAdminKeyHashAsync(KeyHash.Compute("admin-old"), None);

        var previous = await temporary.Store.Services.RotateAdminKeyHashAsync(KeyHash.Compute("admin-new"), ValidUntil, None);
        await temporary.ReopenAsync();

        Assert.True(KeyHash.Verify("admin-old", previous.Hash.Span));
        Assert.True(KeyHash.Verify("admin-new", (await temporary.Store.Services.GetAdminKeyHashAsync(None))!.Value.Span));
        var stored = await temporary.Store.Services.GetPreviousAdminKeyHashAsync(None);
        Assert.True(KeyHash.Verify("admin-old", stored!.Hash.Span));
        Assert.Equal(ValidUntil, stored.ValidUntil);
    }

    [Fact]
    public async Task RotateAdminKeyHash_Twice_KeepsOnlyTheLatestPreviousKey()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.Store.Services.SetAdminKeyHashAsync(KeyHash.Compute("first"), None);
        await temporary.Store.Services.RotateAdminKeyHashAsync(KeyHash.Compute("second"), ValidUntil, None);

        await temporary.Store.Services.RotateAdminKeyHashAsync(KeyHash.Compute("third"), ValidUntil, None);

        Assert.True(KeyHash.Verify("second", (await temporary.Store.Services.GetPreviousAdminKeyHashAsync(None))!.Hash.Span));
    }

    [Fact]
    public async Task RotateAdminKeyHash_NoneStored_ThrowsNotFound()
    {
        await using var temporary = TemporaryStore.Create();

        await Assert.ThrowsAsync<StorageNotFoundException>(() =>
            temporary.Store.Services.RotateAdminKeyHashAsync(KeyHash.Compute("new"), ValidUntil, None));

        Assert.Null(await temporary.Store.Services.GetAdminKeyHashAsync(None));
        Assert.Null(await temporary.Store.Services.GetPreviousAdminKeyHashAsync(None));
    }

    [Fact]
    public async Task SetAdminKeyHash_AfterRotation_ForgetsThePreviousKey()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.Store.Services.SetAdminKeyHashAsync(KeyHash.Compute("old"), None);
        await temporary.Store.Services.RotateAdminKeyHashAsync(KeyHash.Compute("new"), ValidUntil, None);

        await temporary.Store.Services.SetAdminKeyHashAsync(KeyHash.Compute("set"), None);

        Assert.Null(await temporary.Store.Services.GetPreviousAdminKeyHashAsync(None));
    }
}
