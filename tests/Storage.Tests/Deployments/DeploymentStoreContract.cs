using ScriptHost.Storage.Assets;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Errors;
using ScriptHost.Storage.Tests.Contracts;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.Tests.Deployments;

/// <summary>What every backend's <see cref="Storage.Deployments.IDeploymentStore"/> must do: atomic switch, history, refusals, what start-up loads.</summary>
public abstract class DeploymentStoreContract(IContractStoreFactory factory) : StoreContract(factory)
{
    private const string Production = EnvironmentName.Production;

    [Fact]
    public async Task Deploy_CompletedBuild_BecomesLiveAndStartsTheHistory()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        var build = await CompletedBuildAsync(store, "shop", [Compiled("/a", "return 1;")]);

        var deployment = await store.Deployments.DeployAsync("shop", Production, build.Id, None);

        Assert.Equal(("shop", Production, 1, build.Id, (string?)null), (deployment.Service, deployment.Environment, deployment.Id, deployment.BuildId, deployment.FromEnvironment));
        var environment = await store.DeploymentEnvironments.GetEnvironmentAsync("shop", Production, None);
        Assert.Equal((1, build.Id), (environment!.LiveDeploymentId, environment.LiveBuildId));
        Assert.Equal([deployment], await store.Deployments.ListDeploymentsAsync("shop", Production, 10, null, None));
        Assert.Equal(deployment, await store.Deployments.GetDeploymentAsync("shop", 1, None));
    }

    [Fact]
    public async Task Deploy_EarlierBuildAgain_RollsBackAndKeepsEveryDeploymentNewestFirst()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        var first = await CompletedBuildAsync(store, "shop", [Compiled("/a", "return 1;")]);
        var second = await CompletedBuildAsync(store, "shop", [Compiled("/a", "return 2;")]);

        await store.Deployments.DeployAsync("shop", Production, first.Id, None);
        await store.Deployments.DeployAsync("shop", Production, second.Id, None);
        var rollback = await store.Deployments.DeployAsync("shop", Production, first.Id, None);

        var live = await store.Deployments.GetLiveAsync("shop", Production, None);
        Assert.Equal((rollback.Id, first.Id), (live!.Deployment.Id, live.Build.Id));
        Assert.Equal([(3, 1), (2, 2), (1, 1)], (await store.Deployments.ListDeploymentsAsync("shop", Production, 10, null, None)).Select(deployment => (deployment.Id, deployment.BuildId)));
        Assert.Equal([2], (await store.Deployments.ListDeploymentsAsync("shop", Production, 1, 3, None)).Select(deployment => deployment.Id));
    }

    [Fact]
    public async Task Deploy_NumbersPerServiceAcrossEnvironments()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await CreateServiceAsync(store, "blog");
        await store.DeploymentEnvironments.CreateEnvironmentAsync("shop", "dev", None);
        var shopBuild = await CompletedBuildAsync(store, "shop", [Compiled("/a", "return 1;")]);
        var blogBuild = await CompletedBuildAsync(store, "blog", [Compiled("/a", "return 1;")]);

        var ids = new[]
        {
            (await store.Deployments.DeployAsync("shop", "dev", shopBuild.Id, None)).Id,
            (await store.Deployments.DeployAsync("shop", Production, shopBuild.Id, None)).Id,
            (await store.Deployments.DeployAsync("blog", Production, blogBuild.Id, None)).Id,
        };

        Assert.Equal([1, 2, 1], ids);
        Assert.Equal([1], (await store.Deployments.ListDeploymentsAsync("shop", "dev", 10, null, None)).Select(deployment => deployment.Id));
    }

    [Theory]
    [InlineData(BuildStatus.Queued)]
    [InlineData(BuildStatus.Building)]
    [InlineData(BuildStatus.Failed)]
    public async Task Deploy_BuildNotCompleted_ThrowsStatusConflictAndLeavesWhatIsLive(BuildStatus status)
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        var live = await CompletedBuildAsync(store, "shop", [Compiled("/a", "return 1;")]);
        await store.Deployments.DeployAsync("shop", Production, live.Id, None);
        var other = await store.Builds.CreateQueuedAsync(Request("shop"), None);
        if (status is BuildStatus.Building)
        {
            await store.Builds.MarkBuildingAsync("shop", other.Id, None);
        }
        else if (status is BuildStatus.Failed)
        {
            await store.Builds.FailAsync("shop", other.Id, [], compiledPaths: null, "did not compile", None);
        }

        var refused = await Assert.ThrowsAsync<BuildStatusConflictException>(() => store.Deployments.DeployAsync("shop", Production, other.Id, None));

        Assert.Equal((status, other.Id), (refused.Status, refused.BuildId));
        Assert.Contains(status.ToString().ToLowerInvariant(), refused.Message, StringComparison.Ordinal);
        Assert.Equal(live.Id, (await store.Deployments.GetLiveAsync("shop", Production, None))!.Build.Id);
        Assert.Single(await store.Deployments.ListDeploymentsAsync("shop", Production, 10, null, None));
    }

    [Fact]
    public async Task Deploy_UnknownServiceEnvironmentOrBuild_ThrowsNotFound()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        var build = await CompletedBuildAsync(store, "shop", [Compiled("/a", "return 1;")]);

        await Assert.ThrowsAsync<StorageNotFoundException>(() => store.Deployments.DeployAsync("ghost", Production, 1, None));
        await Assert.ThrowsAsync<StorageNotFoundException>(() => store.Deployments.DeployAsync("shop", "stage", build.Id, None));
        await Assert.ThrowsAsync<StorageNotFoundException>(() => store.Deployments.DeployAsync("shop", Production, build.Id + 1, None));
        Assert.Null(await store.Deployments.GetLiveAsync("shop", Production, None));
    }

    [Fact]
    public async Task Promote_DevToProduction_DeploysDevsLiveBuildAndNamesWhereFrom()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await store.DeploymentEnvironments.CreateEnvironmentAsync("shop", "dev", None);
        var tested = await CompletedBuildAsync(store, "shop", [Compiled("/a", "return 1;")]);
        await store.Deployments.DeployAsync("shop", "dev", tested.Id, None);
        await CompletedBuildAsync(store, "shop", [Compiled("/a", "return 2;")]);

        var promoted = await store.Deployments.PromoteAsync("shop", Production, "dev", None);

        Assert.Equal((tested.Id, "dev"), (promoted.BuildId, promoted.FromEnvironment));
        Assert.Equal(tested.Id, (await store.Deployments.GetLiveAsync("shop", Production, None))!.Build.Id);
    }

    [Fact]
    public async Task Promote_FromNothingLiveOrUnknown_IsRefused()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await store.DeploymentEnvironments.CreateEnvironmentAsync("shop", "dev", None);

        await Assert.ThrowsAsync<StorageConflictException>(() => store.Deployments.PromoteAsync("shop", Production, "dev", None));
        await Assert.ThrowsAsync<StorageNotFoundException>(() => store.Deployments.PromoteAsync("shop", Production, "stage", None));
        Assert.Empty(await store.Deployments.ListDeploymentsAsync("shop", Production, 10, null, None));
    }

    [Fact]
    public async Task GetLive_DeployedBuild_HasEverythingToServeIt()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        var blob = await store.Blobs.PutAssetBlobAsync("shop", "<h1>hi</h1>"u8.ToArray(), None);
        var build = await CompletedBuildAsync(
            store,
            "shop",
            [Compiled("/sms", "return Greet();")],
            [new BuildAssetReference("/index.html", AssetVisibility.Public, "text/html", blob.Sha256)],
            [new BuildLibSource("/lib/greet.cs", "static string Greet() => \"hi\";")]);
        await store.Deployments.DeployAsync("shop", Production, build.Id, None);
        await temporary.ReopenAsync();
        store = temporary.Store;

        var live = await store.Deployments.GetLiveAsync("shop", Production, None);

        var function = Assert.Single(live!.Build.Functions);
        Assert.Equal(ImageFor("return Greet();"), (await store.Blobs.GetImageAsync("shop", function.ImageKey, None))!.Value.ToArray());
        Assert.Equal("return Greet();", (await store.Functions.GetVersionAsync("shop", function.Path, function.FunctionVersion, None))!.Source);
        Assert.Equal("<h1>hi</h1>"u8.ToArray(), (await store.Blobs.GetAssetBlobAsync("shop", Assert.Single(live.Build.Assets).Sha256, None))!.Value.ToArray());
        Assert.Equal("static string Greet() => \"hi\";", Assert.Single(live.Build.Lib).Source);
        Assert.Equal((Production, live.Deployment.Id), (live.Environment.Name, live.Environment.LiveDeploymentId));
    }

    [Fact]
    public async Task LoadLive_SeveralServicesAndEnvironments_ReturnsEachLiveOneOnly()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await CreateServiceAsync(store, "blog");
        await store.DeploymentEnvironments.CreateEnvironmentAsync("shop", "dev", None);
        await store.DeploymentEnvironments.CreateEnvironmentAsync("shop", "stage", None);
        var first = await CompletedBuildAsync(store, "shop", [Compiled("/a", "return 1;")]);
        var second = await CompletedBuildAsync(store, "shop", [Compiled("/a", "return 2;")]);
        var blog = await CompletedBuildAsync(store, "blog", [Compiled("/b", "return 3;")]);
        await store.Deployments.DeployAsync("shop", Production, first.Id, None);
        await store.Deployments.DeployAsync("shop", "dev", first.Id, None);
        await store.Deployments.DeployAsync("shop", "dev", second.Id, None);
        await store.Deployments.DeployAsync("blog", Production, blog.Id, None);

        var live = await store.Deployments.LoadLiveAsync(None);

        Assert.Equal(
            [("blog", Production, blog.Id), ("shop", "dev", second.Id), ("shop", Production, first.Id)],
            live.Select(environment => (environment.Environment.Service, environment.Environment.Name, environment.Build.Id)));
    }
}
