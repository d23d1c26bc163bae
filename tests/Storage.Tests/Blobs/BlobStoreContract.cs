using ScriptHost.Storage.Errors;
using ScriptHost.Storage.Tests.Contracts;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.Tests.Blobs;

/// <summary>What every backend's <see cref="Storage.Blobs.IBlobStore"/> must do: content addressing, idempotent puts, one service's blobs only.</summary>
public abstract class BlobStoreContract(IContractStoreFactory factory) : StoreContract(factory)
{
    [Fact]
    public async Task PutAssetBlob_SameContentTwice_OneBlobUnderItsHash()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        var content = "<h1>hello</h1>"u8.ToArray();

        var first = await store.Blobs.PutAssetBlobAsync("shop", content, None);
        var second = await store.Blobs.PutAssetBlobAsync("shop", content, None);

        Assert.Equal(first, second);
        Assert.Equal((ContentHash.Of(content), 14L), (first.Sha256, first.Length));
        Assert.True(await store.Blobs.HasAssetBlobAsync("shop", first.Sha256, None));
        Assert.Equal(content, (await store.Blobs.GetAssetBlobAsync("shop", first.Sha256, None))!.Value.ToArray());
    }

    [Fact]
    public async Task PutAssetBlob_SeveralMegabytes_RoundTripsAfterRestart()
    {
        await using var temporary = await NewStoreAsync();
        await CreateServiceAsync(temporary.Store, "shop");
        var content = new byte[3 * 1024 * 1024 + 17];
        new Random(12).NextBytes(content);

        var stored = await temporary.Store.Blobs.PutAssetBlobAsync("shop", content, None);
        await temporary.ReopenAsync();

        Assert.Equal(content, (await temporary.Store.Blobs.GetAssetBlobAsync("shop", stored.Sha256, None))!.Value.ToArray());
    }

    [Fact]
    public async Task Blobs_OfAnotherService_AreNotVisible()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await CreateServiceAsync(store, "blog");
        var blob = await store.Blobs.PutAssetBlobAsync("shop", "secret"u8.ToArray(), None);
        await store.Blobs.PutImageAsync("shop", "key-1", "MZ"u8.ToArray(), None);

        Assert.False(await store.Blobs.HasAssetBlobAsync("blog", blob.Sha256, None));
        Assert.Null(await store.Blobs.GetAssetBlobAsync("blog", blob.Sha256, None));
        Assert.False(await store.Blobs.HasImageAsync("blog", "key-1", None));
        Assert.Null(await store.Blobs.GetImageAsync("blog", "key-1", None));
    }

    [Fact]
    public async Task PutImage_SameKeyTwice_KeepsTheFirstAndSaysSo()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");

        Assert.True(await store.Blobs.PutImageAsync("shop", "key-1", "first"u8.ToArray(), None));
        Assert.False(await store.Blobs.PutImageAsync("shop", "key-1", "second"u8.ToArray(), None));

        Assert.Equal("first"u8.ToArray(), (await store.Blobs.GetImageAsync("shop", "key-1", None))!.Value.ToArray());
    }

    [Fact]
    public async Task PutImage_ConcurrentPutsOfOneKey_StoreOneImage()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        var image = new byte[256 * 1024];
        new Random(3).NextBytes(image);

        var stored = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.Blobs.PutImageAsync("shop", "key-1", image, None))));

        Assert.Single(stored, storedNow => storedNow);
        Assert.Equal(image, (await store.Blobs.GetImageAsync("shop", "key-1", None))!.Value.ToArray());
    }

    [Fact]
    public async Task Missing_ReadsAnswerNothing()
    {
        await using var temporary = await NewStoreAsync();
        await CreateServiceAsync(temporary.Store, "shop");
        var absent = ContentHash.OfText("absent");

        Assert.False(await temporary.Store.Blobs.HasAssetBlobAsync("shop", absent, None));
        Assert.Null(await temporary.Store.Blobs.GetAssetBlobAsync("shop", absent, None));
        Assert.Null(await temporary.Store.Blobs.GetImageAsync("shop", "absent", None));
    }

    [Fact]
    public async Task Put_UnknownService_ThrowsNotFound()
    {
        await using var temporary = await NewStoreAsync();

        await Assert.ThrowsAsync<StorageNotFoundException>(() => temporary.Store.Blobs.PutAssetBlobAsync("ghost", "x"u8.ToArray(), None));
        await Assert.ThrowsAsync<StorageNotFoundException>(() => temporary.Store.Blobs.PutImageAsync("ghost", "key", "x"u8.ToArray(), None));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85g")]
    public async Task GetAssetBlob_NotASha256_ThrowsValidation(string hash)
    {
        await using var temporary = await NewStoreAsync();
        await CreateServiceAsync(temporary.Store, "shop");

        await Assert.ThrowsAsync<StorageValidationException>(() => temporary.Store.Blobs.GetAssetBlobAsync("shop", hash, None));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a|b")]
    public async Task PutImage_BadKeyOrEmptyImage_ThrowsValidation(string key)
    {
        await using var temporary = await NewStoreAsync();
        await CreateServiceAsync(temporary.Store, "shop");

        await Assert.ThrowsAsync<StorageValidationException>(() => temporary.Store.Blobs.PutImageAsync("shop", key, "MZ"u8.ToArray(), None));
        await Assert.ThrowsAsync<StorageValidationException>(() => temporary.Store.Blobs.PutImageAsync("shop", "key", ReadOnlyMemory<byte>.Empty, None));
    }
}
