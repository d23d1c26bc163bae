using ScriptHost.Storage.Assets;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.DeploymentEnvironments;
using ScriptHost.Storage.Errors;
using ScriptHost.Storage.EnvironmentVariables;
using ScriptHost.Storage.Services;
using ScriptHost.Storage.Tests.Contracts;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.Tests.DeploymentEnvironments;

/// <summary>What every backend's <see cref="IDeploymentEnvironmentStore"/> must do: production always there, names, host labels, deletion.</summary>
public abstract class DeploymentEnvironmentStoreContract(IContractStoreFactory factory) : StoreContract(factory)
{
    private const string Production = EnvironmentName.Production;

    [Fact]
    public async Task CreateService_Always_HasProductionWithNothingLive()
    {
        await using var temporary = await NewStoreAsync();
        await CreateServiceAsync(temporary.Store, "shop");

        var production = Assert.Single(await temporary.Store.DeploymentEnvironments.ListEnvironmentsAsync("shop", None));

        Assert.Equal(("shop", Production, (int?)null, (int?)null, "shop"), (production.Service, production.Name, production.LiveDeploymentId, production.LiveBuildId, production.HostLabel));
    }

    [Fact]
    public async Task CreateEnvironment_NewNames_ListedByNameWithTheirHostLabels()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");

        var stage = await store.DeploymentEnvironments.CreateEnvironmentAsync("shop", "stage", None);
        await store.DeploymentEnvironments.CreateEnvironmentAsync("shop", "dev", None);
        await temporary.ReopenAsync();

        var environments = await temporary.Store.DeploymentEnvironments.ListEnvironmentsAsync("shop", None);
        Assert.Equal([("dev", "shop-dev"), (Production, "shop"), ("stage", "shop-stage")], environments.Select(environment => (environment.Name, environment.HostLabel)));
        Assert.Equal(stage, await temporary.Store.DeploymentEnvironments.GetEnvironmentAsync("shop", "stage", None));
        Assert.Null(await temporary.Store.DeploymentEnvironments.GetEnvironmentAsync("shop", "qa", None));
    }

    [Fact]
    public async Task CreateEnvironment_ExistingOrUnknownService_IsRefused()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await store.DeploymentEnvironments.CreateEnvironmentAsync("shop", "dev", None);

        await Assert.ThrowsAsync<StorageConflictException>(() => store.DeploymentEnvironments.CreateEnvironmentAsync("shop", "dev", None));
        await Assert.ThrowsAsync<StorageConflictException>(() => store.DeploymentEnvironments.CreateEnvironmentAsync("shop", Production, None));
        await Assert.ThrowsAsync<StorageNotFoundException>(() => store.DeploymentEnvironments.CreateEnvironmentAsync("ghost", "dev", None));
    }

    [Theory]
    [InlineData("Dev")]
    [InlineData("")]
    [InlineData("dev_1")]
    [InlineData("dev|x")]
    [InlineData("dev.x")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456")]
    public async Task CreateEnvironment_InvalidName_ThrowsValidation(string name)
    {
        await using var temporary = await NewStoreAsync();
        await CreateServiceAsync(temporary.Store, "shop");

        await Assert.ThrowsAsync<StorageValidationException>(() => temporary.Store.DeploymentEnvironments.CreateEnvironmentAsync("shop", name, None));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("-")]
    [InlineData("pr-42")]
    [InlineData("abcdefghijklmnopqrstuvwxyz012345")]
    public async Task CreateEnvironment_ValidName_IsCreated(string name)
    {
        await using var temporary = await NewStoreAsync();
        await CreateServiceAsync(temporary.Store, "shop");

        Assert.Equal(name, (await temporary.Store.DeploymentEnvironments.CreateEnvironmentAsync("shop", name, None)).Name);
    }

    [Fact]
    public async Task CreateEnvironment_LabelIsAnotherServicesName_ThrowsHostLabelTaken()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await CreateServiceAsync(store, "shop-dev");

        var refused = await Assert.ThrowsAsync<HostLabelTakenException>(() => store.DeploymentEnvironments.CreateEnvironmentAsync("shop", "dev", None));

        Assert.Equal(("shop-dev", new HostLabelOwner("shop-dev", Production)), (refused.Label, refused.Owner));
        Assert.Null(await store.DeploymentEnvironments.GetEnvironmentAsync("shop", "dev", None));
    }

    [Fact]
    public async Task CreateEnvironment_LabelIsAnotherEnvironmentsLabel_ThrowsHostLabelTaken()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "a");
        await CreateServiceAsync(store, "a-b");
        await store.DeploymentEnvironments.CreateEnvironmentAsync("a", "b-c", None);

        var refused = await Assert.ThrowsAsync<HostLabelTakenException>(() => store.DeploymentEnvironments.CreateEnvironmentAsync("a-b", "c", None));

        Assert.Equal(("a-b-c", new HostLabelOwner("a", "b-c")), (refused.Label, refused.Owner));
    }

    [Fact]
    public async Task CreateService_NameIsAnEnvironmentsLabel_ThrowsHostLabelTakenAndCreatesNothing()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await store.DeploymentEnvironments.CreateEnvironmentAsync("shop", "dev", None);

        var refused = await Assert.ThrowsAsync<HostLabelTakenException>(() => CreateServiceAsync(store, "shop-dev"));

        Assert.Equal(new HostLabelOwner("shop", "dev"), refused.Owner);
        Assert.Null(await store.Services.GetServiceAsync("shop-dev", None));
        Assert.Empty(await store.DeploymentEnvironments.ListEnvironmentsAsync("shop-dev", None));
    }

    [Fact]
    public async Task FindHostLabelOwner_EveryKindOfLabel_ReturnsItsPairOrNull()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await store.DeploymentEnvironments.CreateEnvironmentAsync("shop", "pr-7", None);

        Assert.Equal(new HostLabelOwner("shop", Production), await store.DeploymentEnvironments.FindHostLabelOwnerAsync("shop", None));
        Assert.Equal(new HostLabelOwner("shop", "pr-7"), await store.DeploymentEnvironments.FindHostLabelOwnerAsync("shop-pr-7", None));
        Assert.Null(await store.DeploymentEnvironments.FindHostLabelOwnerAsync("shop-pr", None));
        Assert.Null(await store.DeploymentEnvironments.FindHostLabelOwnerAsync("shop-production", None));
    }

    [Fact]
    public async Task DeleteEnvironment_Production_ThrowsConflict()
    {
        await using var temporary = await NewStoreAsync();
        await CreateServiceAsync(temporary.Store, "shop");

        await Assert.ThrowsAsync<StorageConflictException>(() => temporary.Store.DeploymentEnvironments.DeleteEnvironmentAsync("shop", Production, None));

        Assert.NotNull(await temporary.Store.DeploymentEnvironments.GetEnvironmentAsync("shop", Production, None));
    }

    [Fact]
    public async Task DeleteEnvironment_WithVariablesAndHistory_DeletesThemAndKeepsBuildsAndOtherEnvironments()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await store.DeploymentEnvironments.CreateEnvironmentAsync("shop", "dev", None);
        var build = await CompletedBuildAsync(store, "shop", [Compiled("/a", "return 1;")]);
        await store.Deployments.DeployAsync("shop", "dev", build.Id, None);
        await store.Deployments.DeployAsync("shop", Production, build.Id, None);
        await store.Environment.SetVariableAsync(VariableScope.Of("shop", "dev"), "GREETING", "dev hello", false, None);
        await store.Environment.SetVariableAsync(VariableScope.Of("shop", Production), "GREETING", "hello", false, None);

        Assert.True(await store.DeploymentEnvironments.DeleteEnvironmentAsync("shop", "dev", None));
        Assert.False(await store.DeploymentEnvironments.DeleteEnvironmentAsync("shop", "dev", None));

        Assert.Null(await store.DeploymentEnvironments.GetEnvironmentAsync("shop", "dev", None));
        Assert.Empty(await store.Deployments.ListDeploymentsAsync("shop", "dev", 10, null, None));
        Assert.Null(await store.Deployments.GetDeploymentAsync("shop", 1, None));
        Assert.Empty(await store.Environment.ListVariablesAsync(VariableScope.Of("shop", "dev"), None));
        Assert.Single(await store.Environment.ListVariablesAsync(VariableScope.Of("shop", Production), None));
        Assert.Equal(BuildStatus.Completed, (await store.Builds.GetBuildAsync("shop", build.Id, None))!.Status);
        Assert.Equal(build.Id, (await store.Deployments.GetLiveAsync("shop", Production, None))!.Build.Id);

        // Made again, it starts empty: no variables, no history, nothing live.
        var again = await store.DeploymentEnvironments.CreateEnvironmentAsync("shop", "dev", None);
        Assert.Null(again.LiveDeploymentId);
        Assert.Empty(await store.Environment.ListVariablesAsync(VariableScope.Of("shop", "dev"), None));
    }

    [Fact]
    public async Task DeleteService_WithEnvironmentsBuildsAndBlobs_RemovesAllAndTheNameStartsOver()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await CreateServiceAsync(store, "shop-eu");
        await store.DeploymentEnvironments.CreateEnvironmentAsync("shop", "dev", None);
        var blob = await store.Blobs.PutAssetBlobAsync("shop", "x"u8.ToArray(), None);
        await store.Blobs.PutAssetBlobAsync("shop-eu", "x"u8.ToArray(), None);
        var build = await CompletedBuildAsync(store, "shop", [Compiled("/a", "return 1;")], [new BuildAssetReference("/x", AssetVisibility.Public, "text/plain", blob.Sha256)], [new BuildLibSource("/lib/a.cs", "class A {}")]);
        await store.Deployments.DeployAsync("shop", "dev", build.Id, None);

        Assert.True(await store.Services.DeleteServiceAsync("shop", None));
        Assert.Null(await store.DeploymentEnvironments.FindHostLabelOwnerAsync("shop-dev", None));
        await store.Services.CreateServiceAsync("shop", KeyHash.Compute("new"), new ServiceSettings(), None);

        Assert.Equal([Production], (await store.DeploymentEnvironments.ListEnvironmentsAsync("shop", None)).Select(environment => environment.Name));
        Assert.Empty(await store.Builds.ListBuildsAsync("shop", 10, null, None));
        Assert.Null(await store.Deployments.GetDeploymentAsync("shop", 1, None));
        Assert.False(await store.Blobs.HasAssetBlobAsync("shop", blob.Sha256, None));
        Assert.False(await store.Blobs.HasImageAsync("shop", KeyFor("return 1;"), None));
        Assert.True(await store.Blobs.HasAssetBlobAsync("shop-eu", blob.Sha256, None));
        Assert.Equal(1, (await store.Builds.CreateQueuedAsync(Request("shop"), None)).Id);
    }
}
