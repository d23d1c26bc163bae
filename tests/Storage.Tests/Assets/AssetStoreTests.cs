using ScriptHost.Storage.Assets;
using ScriptHost.Storage.Errors;

namespace ScriptHost.Storage.Tests.Assets;

public sealed class AssetStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task PutAsset_ThenGet_ReturnsContentAndMetadata()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        var content = Enumerable.Range(0, 600_000).Select(index => (byte)index).ToArray();

        await temporary.Store.Assets.PutAssetAsync("shop", "/audio/hold.mp3", content, "audio/mpeg", AssetVisibility.Public, None);
        var asset = await temporary.Store.Assets.GetAssetAsync("shop", "/audio/hold.mp3", None);

        Assert.Equal(content, asset!.Content.ToArray());
        Assert.Equal("audio/mpeg", asset.Info.ContentType);
        Assert.Equal(AssetVisibility.Public, asset.Info.Visibility);
        Assert.Equal(content.Length, asset.Info.Length);
    }

    [Fact]
    public async Task PutAsset_Replace_ReturnsNewContent()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        await temporary.Store.Assets.PutAssetAsync("shop", "/data.json", new byte[300_000], "application/json", AssetVisibility.Public, None);

        await temporary.Store.Assets.PutAssetAsync("shop", "/data.json", "{}"u8.ToArray(), "application/json", AssetVisibility.Private, None);

        var asset = await temporary.Store.Assets.GetAssetAsync("shop", "/data.json", None);
        Assert.Equal("{}"u8.ToArray(), asset!.Content.ToArray());
        Assert.Equal(AssetVisibility.Private, asset.Info.Visibility);
    }

    [Fact]
    public async Task ListAssets_Several_ReturnsSortedByPath()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        await temporary.Store.Assets.PutAssetAsync("shop", "/b.txt", "b"u8.ToArray(), "text/plain", AssetVisibility.Public, None);
        await temporary.Store.Assets.PutAssetAsync("shop", "/a.txt", "a"u8.ToArray(), "text/plain", AssetVisibility.Private, None);

        var assets = await temporary.Store.Assets.ListAssetsAsync("shop", None);

        Assert.Equal(["/a.txt", "/b.txt"], assets.Select(asset => asset.Path));
    }

    [Fact]
    public async Task DeleteAsset_Existing_GoneAndSecondDeleteReturnsFalse()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        await temporary.Store.Assets.PutAssetAsync("shop", "/a.txt", "a"u8.ToArray(), "text/plain", AssetVisibility.Public, None);

        Assert.True(await temporary.Store.Assets.DeleteAssetAsync("shop", "/a.txt", None));
        Assert.Null(await temporary.Store.Assets.GetAssetAsync("shop", "/a.txt", None));
        Assert.False(await temporary.Store.Assets.DeleteAssetAsync("shop", "/a.txt", None));
    }

    [Fact]
    public async Task PutAsset_UnknownServiceOrBadContentType_Throws()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");

        await Assert.ThrowsAsync<StorageNotFoundException>(() => temporary.Store.Assets.PutAssetAsync("ghost", "/a", "a"u8.ToArray(), "text/plain", AssetVisibility.Public, None));
        await Assert.ThrowsAsync<StorageValidationException>(() => temporary.Store.Assets.PutAssetAsync("shop", "/a", "a"u8.ToArray(), "", AssetVisibility.Public, None));
    }
}
