using ScriptHost.Storage.Assets;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Errors;
using ScriptHost.Storage.Functions;
using ScriptHost.Storage.Tests.Contracts;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.Tests.Builds;

/// <summary>What every backend's <see cref="IBuildStore"/> must do: numbering, the life cycle, immutability, versions and images.</summary>
public abstract class BuildStoreContract(IContractStoreFactory factory) : StoreContract(factory)
{
    [Fact]
    public async Task CreateQueued_SeveralBuilds_NumbersEachServiceFromOne()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await CreateServiceAsync(store, "blog");

        var first = await store.Builds.CreateQueuedAsync(Request("shop"), None);
        var second = await store.Builds.CreateQueuedAsync(Request("shop"), None);
        var other = await store.Builds.CreateQueuedAsync(Request("blog"), None);

        Assert.Equal((1, 2, 1), (first.Id, second.Id, other.Id));
        Assert.Equal(BuildStatus.Queued, first.Status);
        Assert.Null(first.FinishedAt);
        Assert.Empty(first.Functions);
    }

    [Fact]
    public async Task CreateQueued_RefusedRequest_DoesNotUseUpANumber()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        var missing = new BuildAssetReference("/a.txt", AssetVisibility.Public, "text/plain", ContentHash.OfText("never stored"));

        var refused = await Assert.ThrowsAsync<StorageNotFoundException>(() => store.Builds.CreateQueuedAsync(Request("shop", [missing]), None));
        var next = await store.Builds.CreateQueuedAsync(Request("shop"), None);

        Assert.Contains(missing.Sha256, refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, next.Id);
    }

    [Fact]
    public async Task CreateQueued_AfterRestart_ContinuesTheSequence()
    {
        await using var temporary = await NewStoreAsync();
        await CreateServiceAsync(temporary.Store, "shop");
        await temporary.Store.Builds.CreateQueuedAsync(Request("shop"), None);
        await temporary.Store.Builds.CreateQueuedAsync(Request("shop"), None);

        await temporary.ReopenAsync();

        Assert.Equal(3, (await temporary.Store.Builds.CreateQueuedAsync(Request("shop"), None)).Id);
    }

    [Fact]
    public async Task CreateQueued_AssetsAndLib_KeepsThemWithLengthsAndHashes()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        var blob = await store.Blobs.PutAssetBlobAsync("shop", "hello"u8.ToArray(), None);
        const string Helper = "static string Greet() => \"hi\";";

        var queued = await store.Builds.CreateQueuedAsync(
            Request("shop", [new BuildAssetReference("/hello.txt", AssetVisibility.Private, "text/plain", blob.Sha256)], [new BuildLibSource("/lib/greet.cs", Helper)]),
            None);
        var read = await store.Builds.GetBuildAsync("shop", queued.Id, None);

        Assert.Equal(new BuildAsset("/hello.txt", AssetVisibility.Private, "text/plain", blob.Sha256, 5), Assert.Single(read!.Assets));
        Assert.Equal(new BuildLibFile("/lib/greet.cs", Helper, ContentHash.OfText(Helper)), Assert.Single(read.Lib));
    }

    [Fact]
    public async Task CreateQueued_UnknownServiceOrBaseBuild_ThrowsNotFound()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");

        await Assert.ThrowsAsync<StorageNotFoundException>(() => store.Builds.CreateQueuedAsync(Request("ghost"), None));
        await Assert.ThrowsAsync<StorageNotFoundException>(() => store.Builds.CreateQueuedAsync(Request("shop", baseBuildId: 7), None));
    }

    public static TheoryData<string, BuildRequest> BadRequests => new()
    {
        { "assets", Request("shop", [Asset("/a.txt"), Asset("/a.txt")]) },
        { "assets[0].path", Request("shop", [Asset("a.txt")]) },
        { "assets[0].sha256", Request("shop", [Asset("/a.txt") with { Sha256 = "ABC" }]) },
        { "assets", Request("shop", [.. Enumerable.Range(0, BuildLimits.MaxAssets + 1).Select(index => Asset($"/a{index}.txt"))]) },
        { "lib[0].path", Request("shop", lib: [new BuildLibSource("/helpers/greet.cs", "class A {}")]) },
        { "lib[0].path", Request("shop", lib: [new BuildLibSource("/lib/greet.txt", "class A {}")]) },
        { "lib", Request("shop", lib: [new BuildLibSource("/lib/a.cs", "class A {}"), new BuildLibSource("/lib/a.cs", "class B {}")]) },
    };

    private static BuildAssetReference Asset(string path) => new(path, AssetVisibility.Public, "text/plain", ContentHash.OfText(path));

    [Theory]
    [MemberData(nameof(BadRequests))]
    [MemberData(nameof(BadFunctionRequests))]
    public async Task CreateQueued_BadRequest_ThrowsValidationNamingTheItem(string parameter, BuildRequest request)
    {
        await using var temporary = await NewStoreAsync();
        await CreateServiceAsync(temporary.Store, "shop");

        var refused = await Assert.ThrowsAsync<StorageValidationException>(() => temporary.Store.Builds.CreateQueuedAsync(request, None));

        Assert.Equal(parameter, refused.ParameterName);
        Assert.Empty(await temporary.Store.Builds.ListBuildsAsync("shop", 10, null, None));
    }

    [Fact]
    public async Task Complete_NewPaths_CreatesVersionOneAndStoresImages()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");

        var build = await CompletedBuildAsync(store, "shop", [Compiled("/sms", "return 1;"), Compiled("/hook", "return 2;", FunctionVisibility.Protected, new FunctionLimits(TimeoutMs: 500))]);

        Assert.Equal(BuildStatus.Completed, build.Status);
        Assert.NotNull(build.FinishedAt);
        Assert.Equal(
            [
                new BuildFunction("/hook", FunctionVisibility.Protected, new FunctionLimits(TimeoutMs: 500), 1, ContentHash.OfText("return 2;"), KeyFor("return 2;"), Reused: false),
                new BuildFunction("/sms", FunctionVisibility.Public, FunctionLimits.Default, 1, ContentHash.OfText("return 1;"), KeyFor("return 1;"), Reused: false),
            ],
            build.Functions);
        Assert.Equal(ImageFor("return 1;"), (await store.Blobs.GetImageAsync("shop", KeyFor("return 1;"), None))!.Value.ToArray());
        var version = await store.Functions.GetVersionAsync("shop", "/sms", 1, None);
        Assert.Equal(("return 1;", KeyFor("return 1;")), (version!.Source, version.BuildKey));
        Assert.Equal(ImageFor("return 1;"), (await store.Blobs.GetImageAsync("shop", version.BuildKey, None))!.Value.ToArray());
    }

    [Fact]
    public async Task Complete_ChangedAndUnchangedSources_AddsVersionOnlyForTheChangedOne()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await CompletedBuildAsync(store, "shop", [Compiled("/a", "return 1;"), Compiled("/b", "return 2;")]);

        var second = await CompletedBuildAsync(store, "shop", [Reused("/a", "return 1;"), Compiled("/b", "return 3;")]);
        var third = await CompletedBuildAsync(store, "shop", [Reused("/a", "return 1;"), Reused("/b", "return 2;")]);

        Assert.Equal([("/a", 1, true), ("/b", 2, false)], second.Functions.Select(function => (function.Path, function.FunctionVersion, function.Reused)));
        // Back to an earlier source: that source's version, not a new one.
        Assert.Equal([1, 1], third.Functions.Select(function => function.FunctionVersion));
        Assert.Equal("return 3;", (await store.Functions.GetVersionAsync("shop", "/b", 2, None))!.Source);
        Assert.Null(await store.Functions.GetVersionAsync("shop", "/b", 3, None));
    }

    [Fact]
    public async Task Complete_NextVersion_AddsOneEvenForASourceThePathHas()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await CompletedBuildAsync(store, "shop", [Compiled("/sms", "return 1;")]);

        var again = await CompletedBuildAsync(store, "shop", [Compiled("/sms", "return 1;") with { Version = FunctionVersionChoice.Next }]);
        var other = await CompletedBuildAsync(store, "shop", [Compiled("/sms", "return 2;") with { Version = FunctionVersionChoice.Next }]);

        Assert.Equal((2, 3), (Assert.Single(again.Functions).FunctionVersion, Assert.Single(other.Functions).FunctionVersion));
        Assert.Equal("return 1;", (await store.Functions.GetVersionAsync("shop", "/sms", 2, None))!.Source);
    }

    [Fact]
    public async Task Complete_ExistingVersion_NamesThatOneEvenWhenALaterVersionHasTheSameSource()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await CompletedBuildAsync(store, "shop", [Compiled("/sms", "return 1;")]);
        await CompletedBuildAsync(store, "shop", [Compiled("/sms", "return 1;") with { Version = FunctionVersionChoice.Next }]);

        var rolledBack = await CompletedBuildAsync(store, "shop", [Reused("/sms", "return 1;") with { Version = FunctionVersionChoice.Existing(1) }]);
        var bySource = await CompletedBuildAsync(store, "shop", [Reused("/sms", "return 1;")]);

        Assert.Equal(1, Assert.Single(rolledBack.Functions).FunctionVersion);
        Assert.Equal(2, Assert.Single(bySource.Functions).FunctionVersion);
        Assert.Equal([1, 2], (await store.Functions.ListVersionsAsync("shop", "/sms", None)).Select(version => version.Number));
    }

    [Fact]
    public async Task Complete_ExistingVersionMissingOrOfAnotherSource_ThrowsAndBuildStaysUnfinished()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await CompletedBuildAsync(store, "shop", [Compiled("/sms", "return 1;")]);
        var missingVersion = Reused("/sms", "return 1;") with { Version = FunctionVersionChoice.Existing(2) };
        var ofOtherSource = Compiled("/sms", "return 2;") with { Version = FunctionVersionChoice.Existing(1) };
        var notANumberVersion = Reused("/sms", "return 1;") with { Version = FunctionVersionChoice.Existing(0) };

        // Each queued with the function it completes, so only the version choice is wrong.
        var queued = await store.Builds.CreateQueuedAsync(Request("shop", functions: [missingVersion]), None);
        var missing = await Assert.ThrowsAsync<StorageNotFoundException>(() => store.Builds.CompleteAsync(
            "shop", queued.Id, [missingVersion], [], None));
        var queuedOther = await store.Builds.CreateQueuedAsync(Request("shop", functions: [ofOtherSource]), None);
        var otherSource = await Assert.ThrowsAsync<StorageValidationException>(() => store.Builds.CompleteAsync(
            "shop", queuedOther.Id, [ofOtherSource], [], None));
        var queuedZero = await store.Builds.CreateQueuedAsync(Request("shop", functions: [notANumberVersion]), None);
        var notANumber = await Assert.ThrowsAsync<StorageValidationException>(() => store.Builds.CompleteAsync(
            "shop", queuedZero.Id, [notANumberVersion], [], None));

        Assert.Contains("version 2", missing.Message, StringComparison.Ordinal);
        Assert.Equal(("functions[0].source", "functions[0].version"), (otherSource.ParameterName, notANumber.ParameterName));
        Assert.Equal(BuildStatus.Queued, (await store.Builds.GetBuildAsync("shop", queued.Id, None))!.Status);
        Assert.Single(await store.Functions.ListVersionsAsync("shop", "/sms", None));
    }

    [Fact]
    public async Task Complete_ImageNotStoredAndNotGiven_ThrowsNotFoundAndBuildStaysUnfinished()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        CompiledBuildFunction[] functions = [Compiled("/a", "return 1;"), Reused("/b", "return 2;")];
        var queued = await store.Builds.CreateQueuedAsync(Request("shop", functions: functions), None);

        await Assert.ThrowsAsync<StorageNotFoundException>(() => store.Builds.CompleteAsync("shop", queued.Id, functions, [], None));

        Assert.Equal(BuildStatus.Queued, (await store.Builds.GetBuildAsync("shop", queued.Id, None))!.Status);
        Assert.False(await store.Blobs.HasImageAsync("shop", KeyFor("return 1;"), None));
        Assert.Null(await store.Functions.GetVersionAsync("shop", "/a", 1, None));
    }

    [Fact]
    public async Task Complete_ImagePutBeforehand_NeedsNoImageInTheCall()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await store.Blobs.PutImageAsync("shop", KeyFor("return 1;"), ImageFor("return 1;"), None);

        var build = await CompletedBuildAsync(store, "shop", [Compiled("/a", "return 1;") with { Image = ReadOnlyMemory<byte>.Empty }]);

        var version = await store.Functions.GetVersionAsync("shop", "/a", Assert.Single(build.Functions).FunctionVersion, None);
        Assert.Equal(ImageFor("return 1;"), (await store.Blobs.GetImageAsync("shop", version!.BuildKey, None))!.Value.ToArray());
    }

    [Fact]
    public async Task Complete_TooManyOrDuplicateFunctions_ThrowsValidation()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        var queued = await store.Builds.CreateQueuedAsync(Request("shop"), None);

        var tooMany = await Assert.ThrowsAsync<StorageValidationException>(() => store.Builds.CompleteAsync(
            "shop", queued.Id, [.. Enumerable.Range(0, BuildLimits.MaxFunctions + 1).Select(index => Compiled($"/f{index}", "return 1;"))], [], None));
        var twice = await Assert.ThrowsAsync<StorageValidationException>(() => store.Builds.CompleteAsync(
            "shop", queued.Id, [Compiled("/a", "return 1;"), Compiled("/a", "return 2;")], [], None));

        Assert.Equal(("functions", "functions"), (tooMany.ParameterName, twice.ParameterName));
        Assert.Equal(BuildStatus.Queued, (await store.Builds.GetBuildAsync("shop", queued.Id, None))!.Status);
    }

    [Fact]
    public async Task CreateQueued_Functions_KeepsThemByHashWithCompiledUnknown()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");

        var queued = await store.Builds.CreateQueuedAsync(
            Request("shop", functions: [Compiled("/sms", "return 1;"), Compiled("/hook", "return 2;", FunctionVisibility.Private, new FunctionLimits(MemoryMb: 64))]),
            None);
        var read = await store.Builds.GetBuildAsync("shop", queued.Id, None);

        Assert.Equal(
            [
                new RequestedBuildFunction("/sms", FunctionVisibility.Public, FunctionLimits.Default, ContentHash.OfText("return 1;"), Compiled: null),
                new RequestedBuildFunction("/hook", FunctionVisibility.Private, new FunctionLimits(MemoryMb: 64), ContentHash.OfText("return 2;"), Compiled: null),
            ],
            read!.Requested);
        Assert.Empty(read.Functions);
        Assert.Null(await store.Functions.GetVersionAsync("shop", "/sms", 1, None));
    }

    public static TheoryData<string, BuildRequest> BadFunctionRequests => new()
    {
        { "functions", Request("shop", functions: [Compiled("/a", "return 1;"), Compiled("/a", "return 2;")]) },
        { "functions[0].path", Request("shop", functions: [Compiled("a", "return 1;")]) },
        { "functions[0].sourceSha256", Request("shop") with { Functions = [new BuildFunctionReference("/a", FunctionVisibility.Public, FunctionLimits.Default, "not a hash")] } },
        { "functions", Request("shop", functions: [.. Enumerable.Range(0, BuildLimits.MaxFunctions + 1).Select(index => Compiled($"/f{index}", "return 1;"))]) },
    };

    [Fact]
    public async Task Complete_WithWarnings_KeepsThemAndEveryFunctionCompiled()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        BuildDiagnostic[] warnings =
        [
            new("/sms", "CS0219", BuildDiagnosticSeverity.Warning, "The variable 'x' is assigned but its value is never used", 2, 5, 2, 6),
            new("/lib/greet.cs", "CS0162", BuildDiagnosticSeverity.Warning, "Unreachable code detected", 4, 9, 4, 18),
        ];

        var build = await CompletedBuildAsync(store, "shop", [Compiled("/sms", "int x = 1;\nreturn 1;"), Compiled("/hook", "return 2;")], warnings: warnings);
        await temporary.ReopenAsync();
        var read = await temporary.Store.Builds.GetBuildAsync("shop", build.Id, None);

        Assert.Equal(BuildStatus.Completed, read!.Status);
        Assert.Equal(warnings, read.Diagnostics);
        Assert.All(read.Requested, function => Assert.True(function.Compiled));
        Assert.Equal(2, (await temporary.Store.Builds.ListBuildsAsync("shop", 10, null, None)).Single().DiagnosticCount);
    }

    [Fact]
    public async Task Complete_ErrorOrTooManyDiagnostics_ThrowsAndBuildStaysUnfinished()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        CompiledBuildFunction[] functions = [Compiled("/a", "return 1;")];
        var queued = await store.Builds.CreateQueuedAsync(Request("shop", functions: functions), None);
        var warning = new BuildDiagnostic("/a", "CS0219", BuildDiagnosticSeverity.Warning, "unused", 1, 1, 1, 2);

        var error = await Assert.ThrowsAsync<StorageValidationException>(() => store.Builds.CompleteAsync(
            "shop", queued.Id, functions, [warning, warning with { Severity = BuildDiagnosticSeverity.Error }], None));
        await Assert.ThrowsAsync<ValueTooLargeException>(() => store.Builds.CompleteAsync(
            "shop", queued.Id, functions, [.. Enumerable.Repeat(warning, BuildLimits.MaxDiagnostics + 1)], None));

        Assert.Equal("diagnostics[1].severity", error.ParameterName);
        var read = await store.Builds.GetBuildAsync("shop", queued.Id, None);
        Assert.Equal((BuildStatus.Queued, 0), (read!.Status, read.Diagnostics.Count));
        Assert.False(await store.Blobs.HasImageAsync("shop", KeyFor("return 1;"), None));
    }

    public static TheoryData<string, CompiledBuildFunction[]> OtherThanQueued => new()
    {
        { "one missing", [Compiled("/a", "return 1;")] },
        { "one more", [Compiled("/a", "return 1;"), Compiled("/b", "return 2;"), Compiled("/c", "return 3;")] },
        { "another path", [Compiled("/a", "return 1;"), Compiled("/x", "return 2;")] },
        { "another source", [Compiled("/a", "return 1;"), Compiled("/b", "return 20;")] },
        { "another visibility", [Compiled("/a", "return 1;"), Compiled("/b", "return 2;", FunctionVisibility.Private)] },
        { "other limits", [Compiled("/a", "return 1;"), Compiled("/b", "return 2;", limits: new FunctionLimits(TimeoutMs: 300))] },
    };

    [Theory]
    [MemberData(nameof(OtherThanQueued))]
    public async Task Complete_FunctionsOtherThanQueued_ThrowsValidationAndStoresNothing(string change, CompiledBuildFunction[] functions)
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        var queued = await store.Builds.CreateQueuedAsync(Request("shop", functions: [Compiled("/a", "return 1;"), Compiled("/b", "return 2;")]), None);

        var refused = await Assert.ThrowsAsync<StorageValidationException>(() => store.Builds.CompleteAsync("shop", queued.Id, functions, [], None));

        Assert.True(refused.ParameterName == "functions", change);
        Assert.Equal(BuildStatus.Queued, (await store.Builds.GetBuildAsync("shop", queued.Id, None))!.Status);
        Assert.Null(await store.Functions.GetVersionAsync("shop", "/a", 1, None));
        Assert.False(await store.Blobs.HasImageAsync("shop", KeyFor("return 1;"), None));
    }

    [Fact]
    public async Task FinishedBuild_AnyChange_ThrowsStatusConflictAndStaysAsItWas()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        var completed = await CompletedBuildAsync(store, "shop", [Compiled("/a", "return 1;")]);
        var failed = await FailedBuildAsync(store, "shop");

        foreach (var build in new[] { completed, failed })
        {
            var refusals = new[]
            {
                await Assert.ThrowsAsync<BuildStatusConflictException>(() => store.Builds.MarkBuildingAsync("shop", build.Id, None)),
                await Assert.ThrowsAsync<BuildStatusConflictException>(() => store.Builds.CompleteAsync("shop", build.Id, [Compiled("/b", "return 2;")], [], None)),
                await Assert.ThrowsAsync<BuildStatusConflictException>(() => store.Builds.FailAsync("shop", build.Id, [], ["/a"], "late", None)),
            };
            Assert.All(refusals, refusal => Assert.Equal(build.Status, refusal.Status));
        }

        var completedAfter = await store.Builds.GetBuildAsync("shop", completed.Id, None);
        Assert.Equal(completed.Functions, completedAfter!.Functions);
        Assert.Equal(completed.Requested, completedAfter.Requested);
        Assert.Equal((BuildStatus.Completed, completed.FinishedAt, (string?)null), (completedAfter.Status, completedAfter.FinishedAt, completedAfter.FailureReason));
        Assert.Null(await store.Functions.GetVersionAsync("shop", "/b", 1, None));
        var failedAfter = await store.Builds.GetBuildAsync("shop", failed.Id, None);
        Assert.Equal((BuildStatus.Failed, false), (failedAfter!.Status, Assert.Single(failedAfter.Requested).Compiled));
    }

    [Fact]
    public async Task MarkBuilding_AlreadyBuilding_ThrowsStatusConflict()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        var queued = await store.Builds.CreateQueuedAsync(Request("shop"), None);
        await store.Builds.MarkBuildingAsync("shop", queued.Id, None);

        var refused = await Assert.ThrowsAsync<BuildStatusConflictException>(() => store.Builds.MarkBuildingAsync("shop", queued.Id, None));

        Assert.Equal(BuildStatus.Building, refused.Status);
    }

    [Fact]
    public async Task Writes_UnknownBuild_ThrowNotFoundAndReadReturnsNull()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");

        await Assert.ThrowsAsync<StorageNotFoundException>(() => store.Builds.MarkBuildingAsync("shop", 3, None));
        await Assert.ThrowsAsync<StorageNotFoundException>(() => store.Builds.CompleteAsync("shop", 3, [], [], None));
        await Assert.ThrowsAsync<StorageNotFoundException>(() => store.Builds.FailAsync("shop", 3, [], null, null, None));
        Assert.Null(await store.Builds.GetBuildAsync("shop", 3, None));
    }

    [Fact]
    public async Task Fail_WithDiagnostics_KeepsEveryOneInOrder()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
        await using var temporary = await NewStoreAsync(clock);
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        var queued = await store.Builds.CreateQueuedAsync(Request("shop"), None);
        BuildDiagnostic[] diagnostics =
        [
            new("/sms", "CS0103", BuildDiagnosticSeverity.Error, "The name 'x' does not exist", 3, 5, 3, 6),
            new("/lib/greet.cs", "SH0001", BuildDiagnosticSeverity.Error, "System.IO.File is not allowed", 1, 1, 1, 20),
            new(null, "SH0100", BuildDiagnosticSeverity.Warning, "about the whole build", 0, 0, 0, 0),
        ];
        clock.Now = clock.Now.AddSeconds(3);

        var failed = await store.Builds.FailAsync("shop", queued.Id, diagnostics, compiledPaths: [], reason: null, None);
        var read = await store.Builds.GetBuildAsync("shop", queued.Id, None);

        Assert.Equal((BuildStatus.Failed, clock.Now), (failed.Status, failed.FinishedAt));
        Assert.Equal(diagnostics, read!.Diagnostics);
        Assert.Null(read.FailureReason);
    }

    [Fact]
    public async Task Fail_WithCompiledPaths_KeepsWhichFunctionsCompiled()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        var queued = await store.Builds.CreateQueuedAsync(
            Request("shop", functions: [Compiled("/ok", "return 1;"), Compiled("/broken", "return x;"), Compiled("/held", "return 3;")]), None);
        await store.Builds.MarkBuildingAsync("shop", queued.Id, None);

        await store.Builds.FailAsync(
            "shop", queued.Id, [new BuildDiagnostic("/broken", "CS0103", BuildDiagnosticSeverity.Error, "The name 'x' does not exist", 1, 8, 1, 9)], ["/ok"], reason: null, None);
        await temporary.ReopenAsync();
        var read = await temporary.Store.Builds.GetBuildAsync("shop", queued.Id, None);

        Assert.Equal(
            [("/ok", (bool?)true, ContentHash.OfText("return 1;")), ("/broken", false, ContentHash.OfText("return x;")), ("/held", false, ContentHash.OfText("return 3;"))],
            read!.Requested.Select(function => (function.Path, function.Compiled, function.SourceSha256)));
        Assert.Empty(read.Functions);
        Assert.Equal(3, (await temporary.Store.Builds.ListBuildsAsync("shop", 10, null, None)).Single().FunctionCount);
    }

    [Fact]
    public async Task Fail_WithoutCompiledPaths_LeavesCompiledUnknown()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        var queued = await store.Builds.CreateQueuedAsync(Request("shop", functions: [Compiled("/a", "return 1;")]), None);

        var failed = await store.Builds.FailAsync("shop", queued.Id, [], compiledPaths: null, "the build queue was full", None);

        Assert.Null(Assert.Single(failed.Requested).Compiled);
        Assert.Null(Assert.Single((await store.Builds.GetBuildAsync("shop", queued.Id, None))!.Requested).Compiled);
    }

    [Fact]
    public async Task Fail_CompiledPathNotQueued_ThrowsValidationAndBuildStaysUnfinished()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        var queued = await store.Builds.CreateQueuedAsync(Request("shop", functions: [Compiled("/a", "return 1;")]), None);

        var refused = await Assert.ThrowsAsync<StorageValidationException>(() => store.Builds.FailAsync("shop", queued.Id, [], ["/a", "/ghost"], null, None));

        Assert.Equal("compiledPaths", refused.ParameterName);
        Assert.Contains("/ghost", refused.Message, StringComparison.Ordinal);
        Assert.Equal(BuildStatus.Queued, (await store.Builds.GetBuildAsync("shop", queued.Id, None))!.Status);
    }

    [Fact]
    public async Task Fail_TooManyDiagnostics_ThrowsTooLarge()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        var queued = await store.Builds.CreateQueuedAsync(Request("shop"), None);
        var diagnostic = new BuildDiagnostic("/a", "CS1", BuildDiagnosticSeverity.Error, "m", 1, 1, 1, 1);

        await Assert.ThrowsAsync<ValueTooLargeException>(() => store.Builds.FailAsync("shop", queued.Id, [.. Enumerable.Repeat(diagnostic, BuildLimits.MaxDiagnostics + 1)], null, null, None));
    }

    [Fact]
    public async Task FailInterrupted_QueuedAndBuilding_FailsThemWithTheReasonAndLeavesFinishedOnes()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await CreateServiceAsync(store, "blog");
        var completed = await CompletedBuildAsync(store, "shop", [Compiled("/a", "return 1;")]);
        var queued = await store.Builds.CreateQueuedAsync(Request("shop", functions: [Compiled("/a", "return 1;"), Compiled("/b", "return 2;")]), None);
        var building = await store.Builds.CreateQueuedAsync(Request("blog"), None);
        await store.Builds.MarkBuildingAsync("blog", building.Id, None);
        await temporary.ReopenAsync();

        var interrupted = await temporary.Store.Builds.FailInterruptedAsync("interrupted by a restart", None);
        var again = await temporary.Store.Builds.FailInterruptedAsync("interrupted by a restart", None);

        Assert.Equal([("blog", building.Id), ("shop", queued.Id)], interrupted.Select(build => (build.Service, build.Id)));
        Assert.Empty(again);
        var read = await temporary.Store.Builds.GetBuildAsync("shop", queued.Id, None);
        Assert.Equal((BuildStatus.Failed, "interrupted by a restart"), (read!.Status, read.FailureReason));
        Assert.NotNull(read.FinishedAt);
        // What it held is still there; whether each would have compiled, nobody knows.
        Assert.Equal([("/a", (bool?)null), ("/b", null)], read.Requested.Select(function => (function.Path, function.Compiled)));
        Assert.Equal(2, (await temporary.Store.Builds.ListBuildsAsync("shop", 10, null, None)).Single(build => build.Id == queued.Id).FunctionCount);
        Assert.Equal(BuildStatus.Completed, (await temporary.Store.Builds.GetBuildAsync("shop", completed.Id, None))!.Status);
        await Assert.ThrowsAsync<BuildStatusConflictException>(() => temporary.Store.Builds.CompleteAsync("shop", queued.Id, [Compiled("/a", "return 1;")], [], None));
    }

    [Fact]
    public async Task ListBuilds_LimitAndBefore_PagesNewestFirst()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await CreateServiceAsync(store, "shop-eu");
        for (var build = 0; build < 5; build++)
        {
            await store.Builds.CreateQueuedAsync(Request("shop"), None);
        }

        await CompletedBuildAsync(store, "shop-eu", [Compiled("/a", "return 1;")]);

        var newest = await store.Builds.ListBuildsAsync("shop", 2, null, None);
        var older = await store.Builds.ListBuildsAsync("shop", 10, newest[^1].Id, None);
        var other = Assert.Single(await store.Builds.ListBuildsAsync("shop-eu", 10, null, None));

        Assert.Equal([5, 4], newest.Select(build => build.Id));
        Assert.Equal([3, 2, 1], older.Select(build => build.Id));
        Assert.Equal((BuildStatus.Completed, 1, BuildOrigin.Bundle), (other.Status, other.FunctionCount, other.Origin));
    }
}
