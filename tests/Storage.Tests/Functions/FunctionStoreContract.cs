using ScriptHost.Storage.Errors;
using ScriptHost.Storage.Functions;
using ScriptHost.Storage.Tests.Contracts;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.Tests.Functions;

/// <summary>What every backend's <see cref="IFunctionStore"/> must do: keep each path's versions, as builds made them, for good.</summary>
public abstract class FunctionStoreContract(IContractStoreFactory factory) : StoreContract(factory)
{
    [Fact]
    public async Task ListVersions_SeveralBuildsOfAPath_ReturnsEachVersionOldestFirst()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await CompletedBuildAsync(store, "shop", [Compiled("/sms", "return 1;"), Compiled("/other", "return 0;")]);
        await CompletedBuildAsync(store, "shop", [Compiled("/sms", "return 22;")]);

        var versions = await store.Functions.ListVersionsAsync("shop", "/sms", None);

        Assert.Equal(
            [(1, ContentHash.OfText("return 1;"), KeyFor("return 1;"), ImageFor("return 1;").Length), (2, ContentHash.OfText("return 22;"), KeyFor("return 22;"), ImageFor("return 22;").Length)],
            versions.Select(version => (version.Number, version.SourceSha256, version.BuildKey, version.ImageLength)));
        Assert.True(versions[0].CreatedAt <= versions[1].CreatedAt);
    }

    [Fact]
    public async Task GetVersion_Stored_ReturnsItsSourceAndImage()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await CompletedBuildAsync(store, "shop", [Compiled("/sms", "return \"hi\";")]);

        var version = await store.Functions.GetVersionAsync("shop", "/sms", 1, None);

        Assert.Equal(("shop", "/sms", 1, "return \"hi\";", ContentHash.OfText("return \"hi\";"), KeyFor("return \"hi\";")), (version!.Service, version.Path, version.Number, version.Source, version.SourceSha256, version.BuildKey));
        Assert.Equal(ImageFor("return \"hi\";"), (await store.Blobs.GetImageAsync("shop", version.BuildKey, None))!.Value.ToArray());
        Assert.Null(await store.Functions.GetVersionAsync("shop", "/sms", 2, None));
    }

    [Fact]
    public async Task Versions_OtherServiceOrOtherCase_AreSeparateHistories()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await CreateServiceAsync(store, "blog");
        await CompletedBuildAsync(store, "shop", [Compiled("/sms", "return 1;")]);

        var upper = await CompletedBuildAsync(store, "shop", [Compiled("/Sms", "return 2;")]);

        Assert.Equal(1, Assert.Single(upper.Functions).FunctionVersion);
        Assert.Empty(await store.Functions.ListVersionsAsync("blog", "/sms", None));
        Assert.Null(await store.Functions.GetVersionAsync("blog", "/sms", 1, None));
        Assert.Empty(await store.Functions.ListVersionsAsync("shop", "/never", None));
    }

    [Fact]
    public async Task Versions_PathLeftOutOfLaterBuilds_StayAndNumbersContinueAfterThem()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await CompletedBuildAsync(store, "shop", [Compiled("/sms", "return 1;")]);
        var without = await CompletedBuildAsync(store, "shop", [Compiled("/other", "return 0;")]);
        await store.Deployments.DeployAsync("shop", EnvironmentName.Production, without.Id, None);

        await temporary.ReopenAsync();
        var back = await CompletedBuildAsync(temporary.Store, "shop", [Compiled("/sms", "return 2;")]);

        Assert.Equal("return 1;", (await temporary.Store.Functions.GetVersionAsync("shop", "/sms", 1, None))!.Source);
        Assert.Equal(2, Assert.Single(back.Functions).FunctionVersion);
    }

    [Theory]
    [InlineData("sms")]
    [InlineData("/a/../b")]
    [InlineData("/a|b")]
    public async Task Reads_InvalidPath_ThrowValidation(string path)
    {
        await using var temporary = await NewStoreAsync();
        await CreateServiceAsync(temporary.Store, "shop");

        await Assert.ThrowsAsync<StorageValidationException>(() => temporary.Store.Functions.ListVersionsAsync("shop", path, None));
        await Assert.ThrowsAsync<StorageValidationException>(() => temporary.Store.Functions.GetVersionAsync("shop", path, 1, None));
    }
}
