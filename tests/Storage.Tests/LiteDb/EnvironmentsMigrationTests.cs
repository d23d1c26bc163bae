using System.Globalization;
using LiteDB;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.EnvironmentVariables;
using ScriptHost.Storage.Functions;
using ScriptHost.Storage.Invocations;
using ScriptHost.Storage.Logs;
using ScriptHost.Storage.Tests.LiteDb.Fixtures;
using ScriptHost.Storage.Usage;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.Tests.LiteDb;

/// <summary>Opening a database written before environments existed (<see cref="LegacyDatabase"/>) upgrades it in place.</summary>
public sealed class EnvironmentsMigrationTests
{
    private const string Production = EnvironmentName.Production;
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset MigratedAt = new(2025, 7, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Open_LegacyDatabase_EveryServiceGetsProductionOnly()
    {
        await using var temporary = await OpenLegacyAsync();

        foreach (var service in new[] { LegacyDatabase.Shop, LegacyDatabase.AssetsOnly, LegacyDatabase.Empty })
        {
            var environment = Assert.Single(await temporary.Store.DeploymentEnvironments.ListEnvironmentsAsync(service, None));
            Assert.Equal((Production, MigratedAt, service), (environment.Name, environment.CreatedAt, environment.HostLabel));
        }
    }

    [Fact]
    public async Task Open_LegacyDatabase_ActiveVersionsAndAssetsBecomeBuildOneLiveOnProduction()
    {
        await using var temporary = await OpenLegacyAsync();
        var store = temporary.Store;

        var build = await store.Builds.GetBuildAsync(LegacyDatabase.Shop, 1, None);

        Assert.Equal(
            (BuildStatus.Completed, BuildOrigin.Migration, MigratedAt, (DateTimeOffset?)MigratedAt, (int?)null),
            (build!.Status, build.Origin, build.CreatedAt, build.FinishedAt, build.BaseBuildId));
        Assert.Equal(
            LegacyDatabase.Functions
                .Select(function => (function.Path, Source: function.Sources[function.Active - 1], function.Active, function.Visibility, function.Limits))
                .OrderBy(function => function.Path, StringComparer.Ordinal)
                .Select(function => new BuildFunction(
                    function.Path, function.Visibility, function.Limits, function.Active, ContentHash.OfText(function.Source), LegacyDatabase.KeyFor(function.Source), Reused: true)),
            build.Functions);
        Assert.Equal(
            LegacyDatabase.Assets
                .Where(asset => asset.Service == LegacyDatabase.Shop)
                .OrderBy(asset => asset.Path, StringComparer.Ordinal)
                .Select(asset => new BuildAsset(asset.Path, asset.Visibility, asset.ContentType, ContentHash.Of(asset.Content), asset.Content.Length)),
            build.Assets);
        Assert.Empty(build.Lib);
        Assert.Empty(build.Diagnostics);

        var deployment = await store.Deployments.GetDeploymentAsync(LegacyDatabase.Shop, 1, None);
        Assert.Equal(new Storage.Deployments.Deployment(LegacyDatabase.Shop, Production, 1, 1, MigratedAt), deployment);
        var live = await store.Deployments.LoadLiveAsync(None);
        Assert.Equal(
            [(LegacyDatabase.Shop, 1, 1), (LegacyDatabase.AssetsOnly, 1, 1)],
            live.Select(environment => (environment.Environment.Service, environment.Deployment.Id, environment.Build.Id)));
        var assetsOnly = live[1].Build;
        Assert.Empty(assetsOnly.Functions);
        Assert.Equal("/index.html", Assert.Single(assetsOnly.Assets).Path);
        Assert.Empty(await store.Builds.ListBuildsAsync(LegacyDatabase.Empty, 10, null, None));
    }

    [Fact]
    public async Task Open_LegacyDatabase_ImagesAndAssetContentAreInTheBlobStore()
    {
        await using var temporary = await OpenLegacyAsync();
        var store = temporary.Store;
        var live = (await store.Deployments.GetLiveAsync(LegacyDatabase.Shop, Production, None))!;

        foreach (var function in live.Build.Functions)
        {
            var source = (await store.Functions.GetVersionAsync(LegacyDatabase.Shop, function.Path, function.FunctionVersion, None))!.Source;
            Assert.Equal(LegacyDatabase.ImageFor(source), (await store.Blobs.GetImageAsync(LegacyDatabase.Shop, function.ImageKey, None))!.Value.ToArray());
        }

        foreach (var asset in LegacyDatabase.Assets)
        {
            Assert.Equal(asset.Content, (await store.Blobs.GetAssetBlobAsync(asset.Service, ContentHash.Of(asset.Content), None))!.Value.ToArray());
        }

        // Images moved, not copied: one stored image per key, none left in the version documents.
        await temporary.Store.DisposeAsync();
        using (var database = OpenRaw(temporary.Options.DatabasePath))
        {
            Assert.DoesNotContain(database.GetCollection("function_versions").FindAll(), version => version.ContainsKey("image"));
            Assert.Equal(
                LegacyDatabase.Functions.SelectMany(function => function.Sources).Distinct().Count(),
                database.GetCollection("compiled_images").Count());
        }

        await temporary.ReopenAsync();
    }

    [Fact]
    public async Task Open_LegacyDatabase_EveryOldVersionStillReads()
    {
        await using var temporary = await OpenLegacyAsync();
        var store = temporary.Store;

        foreach (var (path, sources, _, _, _) in LegacyDatabase.Functions)
        {
            var versions = await store.Functions.ListVersionsAsync(LegacyDatabase.Shop, path, None);
            Assert.Equal(
                sources.Select((source, index) => (index + 1, LegacyDatabase.KeyFor(source), LegacyDatabase.ImageFor(source).Length)),
                versions.Select(version => (version.Number, version.BuildKey, version.ImageLength)));
            for (var number = 1; number <= sources.Length; number++)
            {
                var version = await store.Functions.GetVersionAsync(LegacyDatabase.Shop, path, number, None);
                Assert.Equal(sources[number - 1], version!.Source);
                Assert.Equal(LegacyDatabase.ImageFor(sources[number - 1]), (await store.Blobs.GetImageAsync(LegacyDatabase.Shop, version.BuildKey, None))!.Value.ToArray());
            }
        }
    }

    [Fact]
    public async Task Open_LegacyDatabase_OldLayoutIsGoneOnceBuildOneHoldsIt()
    {
        await using var temporary = await OpenLegacyAsync();
        await temporary.Store.DisposeAsync();

        using (var database = OpenRaw(temporary.Options.DatabasePath))
        {
            Assert.False(database.CollectionExists("functions"));
            Assert.False(database.CollectionExists("asset_files"));
            Assert.False(database.CollectionExists("asset_chunks"));
        }

        await temporary.ReopenAsync();
        Assert.Equal(LegacyDatabase.Functions.Length, (await temporary.Store.Deployments.GetLiveAsync(LegacyDatabase.Shop, Production, None))!.Build.Functions.Count);
    }

    [Fact]
    public async Task Open_LegacyDatabase_VariablesAreServiceDefaultsEveryEnvironmentSees()
    {
        await using var temporary = await OpenLegacyAsync();
        var store = temporary.Store;
        await store.DeploymentEnvironments.CreateEnvironmentAsync(LegacyDatabase.Shop, "dev", None);

        var defaults = await store.Environment.ListVariablesAsync(LegacyDatabase.Shop, None);
        var dev = await store.Environment.ListEffectiveVariablesAsync(LegacyDatabase.Shop, "dev", None);

        var expected = LegacyDatabase.Variables.Select(variable => (variable.Name, variable.Value, variable.IsSecret, (string?)null));
        Assert.Equal(expected, defaults.Select(variable => (variable.Name, variable.Value, variable.IsSecret, variable.Environment)));
        Assert.Equal(expected, dev!.Select(variable => (variable.Name, variable.Value, variable.IsSecret, variable.Environment)));
        Assert.Empty(await store.Environment.ListVariablesAsync(VariableScope.Of(LegacyDatabase.Shop, Production), None));
    }

    [Fact]
    public async Task Open_LegacyDatabase_LogsInvocationsAndUsageReadAsProduction()
    {
        await using var temporary = await OpenLegacyAsync();
        var store = temporary.Store;

        var logs = await store.Logs.QueryLogsAsync(LegacyDatabase.Shop, new LogQuery { Environment = Production }, None);
        var invocations = await store.Invocations.QueryInvocationsAsync(LegacyDatabase.Shop, new InvocationQuery { Environment = Production }, None);

        Assert.Equal(LegacyDatabase.LogMessages.Reverse(), logs.Select(entry => entry.Message));
        Assert.All(logs, entry => Assert.Equal(Production, entry.Environment));
        Assert.Equal(Production, Assert.Single(invocations).Environment);
        Assert.Empty(await store.Logs.QueryLogsAsync(LegacyDatabase.Shop, new LogQuery { Environment = "dev" }, None));
        Assert.Empty(await store.Invocations.QueryInvocationsAsync(LegacyDatabase.Shop, new InvocationQuery { Environment = "dev" }, None));

        // The old counter and production's new one are one counter.
        var month = UsageMonth.From(LegacyDatabase.WrittenAt);
        await store.Usage.AddUsageAsync([new UsageIncrement(LegacyDatabase.Shop, "/sms", month, 1)], None);
        var usage = await store.Usage.GetUsageAsync(LegacyDatabase.Shop, month, Production, None);
        Assert.Equal(new UsageCounter(LegacyDatabase.Shop, "/sms", month, LegacyDatabase.SmsInvocations + 1, Production), Assert.Single(usage));
        Assert.Empty(await store.Usage.GetUsageAsync(LegacyDatabase.Shop, month, "dev", None));
        Assert.Equal("7", await store.KeyValue.GetAsync(LegacyDatabase.Shop, "counter", None));
    }

    [Fact]
    public async Task Open_MigratedDatabaseAgain_ChangesNothingAndSequencesContinue()
    {
        await using var temporary = await OpenLegacyAsync();

        await temporary.ReopenAsync();
        var store = temporary.Store;

        Assert.Single(await store.Builds.ListBuildsAsync(LegacyDatabase.Shop, 10, null, None));
        Assert.Single(await store.Deployments.ListDeploymentsAsync(LegacyDatabase.Shop, Production, 10, null, None));
        Assert.Single(await store.DeploymentEnvironments.ListEnvironmentsAsync(LegacyDatabase.Empty, None));
        const string Source = "return \"sms two\";";
        var next = await store.Builds.CreateQueuedAsync(
            new BuildRequest(LegacyDatabase.Shop, BuildOrigin.Bundle, [new BuildFunctionReference("/sms", FunctionVisibility.Public, FunctionLimits.Default, ContentHash.OfText(Source))], [], []),
            None);
        await store.Builds.CompleteAsync(
            LegacyDatabase.Shop, next.Id, [new CompiledBuildFunction("/sms", Source, FunctionVisibility.Public, FunctionLimits.Default, LegacyDatabase.KeyFor(Source), ReadOnlyMemory<byte>.Empty, Reused: true)], [], None);
        var deployment = await store.Deployments.DeployAsync(LegacyDatabase.Shop, Production, next.Id, None);
        Assert.Equal((2, 2), (next.Id, deployment.Id));
        Assert.Equal(2, Assert.Single((await store.Builds.GetBuildAsync(LegacyDatabase.Shop, 2, None))!.Functions).FunctionVersion);
    }

    [Fact]
    public async Task Open_BuildsBesideTheOldLayout_RemovesItKeepingContentAndWhatIsLive()
    {
        // A database upgraded by the first version of this migration, which kept the old layout beside build 1, and
        // then written by routes that stored every change twice.
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        var live = await temporary.DeployAsync("shop", "/b", "return 2;");
        await temporary.Store.DisposeAsync();
        using (var database = OpenRaw(temporary.Options.DatabasePath))
        {
            WriteOldLayout(database, "shop", "/a", "return 1;", "/a.txt", "old file"u8.ToArray());
        }

        await temporary.ReopenAsync();
        var store = temporary.Store;

        var production = (await store.Deployments.GetLiveAsync("shop", Production, None))!;
        Assert.Equal((1, live), (production.Build.Id, Assert.Single(production.Build.Functions)));
        Assert.Single(await store.Builds.ListBuildsAsync("shop", 10, null, None));
        Assert.Equal("old file"u8.ToArray(), (await store.Blobs.GetAssetBlobAsync("shop", ContentHash.Of("old file"u8), None))!.Value.ToArray());
        var migrated = await store.Functions.GetVersionAsync("shop", "/a", 1, None);
        Assert.Equal(TemporaryStore.ImageFor("return 1;"), (await store.Blobs.GetImageAsync("shop", migrated!.BuildKey, None))!.Value.ToArray());
        await store.DisposeAsync();
        using (var database = OpenRaw(temporary.Options.DatabasePath))
        {
            Assert.False(database.CollectionExists("functions"));
            Assert.False(database.CollectionExists("asset_files"));
            Assert.DoesNotContain(database.GetCollection("function_versions").FindAll(), version => version.ContainsKey("image"));
        }

        await temporary.ReopenAsync();
    }

    /// <summary>A function record, its version with the image inline, and an asset file, as d6a9016's store wrote them.</summary>
    private static void WriteOldLayout(LiteDatabase database, string service, string path, string source, string assetPath, byte[] assetContent)
    {
        var writtenAt = LegacyDatabase.WrittenAt.UtcTicks;
        database.GetCollection("functions").Insert(new BsonDocument
        {
            ["_id"] = $"{service}|{path}",
            ["service"] = service,
            ["path"] = path,
            ["activeVersion"] = 1,
            ["latestVersion"] = 1,
            ["visibility"] = "Public",
            ["timeoutMs"] = BsonValue.Null,
            ["memoryMb"] = BsonValue.Null,
            ["createdAt"] = writtenAt,
            ["updatedAt"] = writtenAt,
        });
        var image = TemporaryStore.ImageFor(source);
        database.GetCollection("function_versions").Insert(new BsonDocument
        {
            ["_id"] = $"{service}|{path}|0000000001",
            ["function"] = $"{service}|{path}",
            ["service"] = service,
            ["path"] = path,
            ["number"] = 1,
            ["source"] = source,
            ["sourceSha256"] = ContentHash.OfText(source),
            ["buildKey"] = TemporaryStore.KeyFor(source),
            ["image"] = image,
            ["imageLength"] = image.Length,
            ["createdAt"] = writtenAt,
        });
        using var content = new MemoryStream(assetContent);
        database.GetStorage<string>("asset_files", "asset_chunks").Upload($"{service}|{assetPath}", assetPath, content, new BsonDocument
        {
            ["service"] = service,
            ["path"] = assetPath,
            ["contentType"] = "text/plain",
            ["visibility"] = "Public",
            ["uploadedAt"] = writtenAt,
        });
        database.Checkpoint();
    }

    private static async Task<TemporaryStore> OpenLegacyAsync()
    {
        var temporary = TemporaryStore.Create(options => options with { TimeProvider = new ManualTimeProvider(MigratedAt) });
        await temporary.Store.DisposeAsync();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "LiteDb", "Fixtures", LegacyDatabase.FileName), temporary.Options.DatabasePath, overwrite: true);
        await temporary.ReopenAsync();
        return temporary;
    }

    private static LiteDatabase OpenRaw(string path) => new(new ConnectionString
    {
        Filename = path,
        Connection = ConnectionType.Direct,
        Collation = new Collation(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal),
    });

    private static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);
}
