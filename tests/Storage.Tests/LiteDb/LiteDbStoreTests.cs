using ScriptHost.Storage.Invocations;
using ScriptHost.Storage.Logs;
using ScriptHost.Storage.Usage;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.Tests.LiteDb;

/// <summary>Store-wide behaviour: tenant isolation, deletion cascade, restart persistence, parallel writers.</summary>
public sealed class LiteDbStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset March = new(2025, 3, 15, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Open_MissingDirectory_CreatesIt()
    {
        await using var temporary = TemporaryStore.Create();

        Assert.True(File.Exists(temporary.Options.DatabasePath));
    }

    [Fact]
    public async Task Open_DatabaseAlreadyOpen_RefusesWithConflictAndLeavesTheOpenStoreWorking()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("a");

        var refused = Assert.Throws<ScriptHost.Storage.Errors.StorageConflictException>(
            () => ScriptHost.Storage.LiteDb.LiteDbStore.Open(temporary.Options));

        Assert.Contains("in use by another process", refused.Message, StringComparison.Ordinal);
        Assert.NotNull(await temporary.Store.Services.GetServiceAsync("a", None));
    }

    [Fact]
    public async Task Open_AfterTheFirstStoreClosed_Succeeds()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.Store.DisposeAsync();

        await using var reopened = ScriptHost.Storage.LiteDb.LiteDbStore.Open(temporary.Options);

        Assert.NotNull(reopened.Services);
    }

    [Fact]
    public async Task EveryConcern_TwoServicesSamePaths_NeverSeeEachOthersData()
    {
        await using var temporary = TemporaryStore.Create();
        await FillAsync(temporary, "a");
        await temporary.CreateServiceAsync("b");

        Assert.Empty(await temporary.Store.Functions.ListVersionsAsync("b", "/sms", None));
        Assert.Null(await temporary.Store.Functions.GetVersionAsync("b", "/sms", 1, None));
        Assert.Null(await temporary.Store.Deployments.GetLiveAsync("b", EnvironmentName.Production, None));
        Assert.Empty(await temporary.Store.Environment.ListVariablesAsync("b", None));
        Assert.Null(await temporary.Store.Blobs.GetAssetBlobAsync("b", ContentHash.Of("mp3"u8), None));
        Assert.Null(await temporary.Store.KeyValue.GetAsync("b", "counter", None));
        Assert.Empty(await temporary.Store.KeyValue.ListKeysAsync("b", "", 100, None));
        Assert.Empty(await temporary.Store.Logs.QueryLogsAsync("b", new LogQuery(), None));
        Assert.Empty(await temporary.Store.Invocations.QueryInvocationsAsync("b", new InvocationQuery(), None));
        Assert.Empty(await temporary.Store.Usage.GetUsageAsync("b", "2025-03", None));
        Assert.False(await temporary.Store.Environment.DeleteVariableAsync("b", "GREETING", None));
        Assert.False(await temporary.Store.KeyValue.DeleteAsync("b", "counter", None));
    }

    [Fact]
    public async Task DeleteService_WithDataEverywhere_RemovesAllOfItAndNothingOfOthers()
    {
        await using var temporary = TemporaryStore.Create();
        await FillAsync(temporary, "a");
        await FillAsync(temporary, "b");

        Assert.True(await temporary.Store.Services.DeleteServiceAsync("a", None));

        Assert.Null(await temporary.Store.Services.GetServiceAsync("a", None));
        Assert.Empty(await temporary.Store.Functions.ListVersionsAsync("a", "/sms", None));
        Assert.Null(await temporary.Store.Functions.GetVersionAsync("a", "/sms", 1, None));
        Assert.Empty(await temporary.Store.Builds.ListBuildsAsync("a", 10, null, None));
        Assert.Empty(await temporary.Store.Environment.ListVariablesAsync("a", None));
        Assert.Null(await temporary.Store.Blobs.GetAssetBlobAsync("a", ContentHash.Of("mp3"u8), None));
        Assert.Empty(await temporary.Store.KeyValue.ListKeysAsync("a", "", 100, None));
        Assert.Equal(new(0, 0), await temporary.Store.KeyValue.GetUsageAsync("a", None));
        Assert.Empty(await temporary.Store.Logs.QueryLogsAsync("a", new LogQuery(), None));
        Assert.Empty(await temporary.Store.Invocations.QueryInvocationsAsync("a", new InvocationQuery(), None));
        Assert.Empty(await temporary.Store.Usage.GetUsageAsync("a", "2025-03", None));
        Assert.Equal(["b"], (await temporary.Store.Deployments.LoadLiveAsync(None)).Select(live => live.Environment.Service));
        await AssertFilledAsync(temporary, "b");

        // Journal items queued for a deleted service do not bring its data back.
        temporary.Store.Journal.Append(new LogEntry("a", "/sms", 1, "late", FunctionLogLevel.Info, "late", March));
        temporary.Store.Journal.CountInvocation("a", "/sms", March);
        await temporary.Store.Journal.FlushAsync(None);
        Assert.Empty(await temporary.Store.Logs.QueryLogsAsync("a", new LogQuery(), None));
        Assert.Empty(await temporary.Store.Usage.GetUsageAsync("a", "2025-03", None));

        // The name is free again, with nothing inherited.
        await temporary.CreateServiceAsync("a");
        Assert.Empty(await temporary.Store.Functions.ListVersionsAsync("a", "/sms", None));
        Assert.Equal(1, (await temporary.DeployAsync("a", "/sms", "v2")).FunctionVersion);
    }

    [Fact]
    public async Task Reopen_AfterDispose_EverythingIsStillThere()
    {
        await using var temporary = TemporaryStore.Create();
        await FillAsync(temporary, "a");

        await temporary.ReopenAsync();

        await AssertFilledAsync(temporary, "a");
        var live = Assert.Single(Assert.Single(await temporary.Store.Deployments.LoadLiveAsync(None)).Build.Functions);
        Assert.Equal(TemporaryStore.ImageFor("v2"), (await temporary.Store.Blobs.GetImageAsync("a", live.ImageKey, None))!.Value.ToArray());
    }

    [Fact]
    public async Task Reopen_JournalItemsQueuedBeforeDispose_AreStored()
    {
        await using var temporary = TemporaryStore.Create(options => options with { JournalFlushInterval = TimeSpan.FromMinutes(10) });
        await temporary.CreateServiceAsync("a");
        for (var index = 0; index < 25; index++)
        {
            temporary.Store.Journal.Append(new LogEntry("a", "/f", 1, "inv", FunctionLogLevel.Info, "m" + index, March));
            temporary.Store.Journal.CountInvocation("a", "/f", March);
        }

        await temporary.ReopenAsync();

        Assert.Equal(25, (await temporary.Store.Logs.QueryLogsAsync("a", new LogQuery { Limit = 100 }, None)).Count);
        Assert.Equal(25, Assert.Single(await temporary.Store.Usage.GetUsageAsync("a", "2025-03", None)).Invocations);
    }

    [Fact]
    public async Task ParallelWriters_DeploysKeyValueAndUsage_AddUpExactly()
    {
        const int Tasks = 16;
        const int DeploysPerTask = 5;
        const int CountsPerTask = 500;
        await using var temporary = TemporaryStore.Create(options => options with { JournalBatchSize = 64, JournalFlushInterval = TimeSpan.FromMilliseconds(20) });
        await temporary.CreateServiceAsync("a");
        await temporary.CreateServiceAsync("b");

        await Task.WhenAll(Enumerable.Range(0, Tasks).Select(task => Task.Run(async () =>
        {
            for (var deploy = 0; deploy < DeploysPerTask; deploy++)
            {
                await temporary.DeployAsync("a", "/shared", $"task {task} deploy {deploy}");
                await temporary.Store.KeyValue.SetAsync("a", $"task-{task}-{deploy}", "v", None);
                await temporary.Store.Environment.SetVariableAsync("b", $"VAR_{task}_{deploy}", "v", false, None);
            }

            for (var count = 0; count < CountsPerTask; count++)
            {
                temporary.Store.Journal.CountInvocation(task % 2 == 0 ? "a" : "b", "/shared", March);
                temporary.Store.Journal.Append(new InvocationRecord("a", "/shared", 1, $"{task}-{count}", InvocationStatus.Succeeded, 200, 1, March));
            }
        })));
        await temporary.Store.Journal.FlushAsync(None);

        // Each deploy's build got a number of its own and a version of its own; the last deployment is live.
        Assert.Equal(Enumerable.Range(1, Tasks * DeploysPerTask), (await temporary.Store.Functions.ListVersionsAsync("a", "/shared", None)).Select(version => version.Number));
        Assert.Equal(Tasks * DeploysPerTask, (await temporary.Store.Builds.ListBuildsAsync("a", Tasks * DeploysPerTask + 1, null, None)).Count);
        var newestDeployment = (await temporary.Store.Deployments.ListDeploymentsAsync("a", EnvironmentName.Production, 1, null, None))[0];
        Assert.Equal(newestDeployment.BuildId, (await temporary.Store.Deployments.GetLiveAsync("a", EnvironmentName.Production, None))!.Build.Id);
        Assert.Equal(Tasks * DeploysPerTask, (await temporary.Store.KeyValue.GetUsageAsync("a", None)).Entries);
        Assert.Equal(Tasks * DeploysPerTask, (await temporary.Store.Environment.ListVariablesAsync("b", None)).Count);
        Assert.Equal(Tasks / 2 * CountsPerTask, Assert.Single(await temporary.Store.Usage.GetUsageAsync("a", "2025-03", None)).Invocations);
        Assert.Equal(Tasks / 2 * CountsPerTask, Assert.Single(await temporary.Store.Usage.GetUsageAsync("b", "2025-03", None)).Invocations);
        Assert.Equal(Tasks * CountsPerTask, (await temporary.Store.Invocations.QueryInvocationsAsync("a", new InvocationQuery { Limit = int.MaxValue }, None)).Count);
        Assert.Equal(0, temporary.Store.Journal.FailedBatches);
    }

    private static async Task FillAsync(TemporaryStore temporary, string service)
    {
        await temporary.CreateServiceAsync(service);
        await temporary.DeployAsync(service, "/sms", "v1");
        await temporary.DeployAsync(service, "/sms", "v2");
        await temporary.Store.Environment.SetVariableAsync(service, "GREETING", "hello " + service, false, None);
        await temporary.Store.Blobs.PutAssetBlobAsync(service, "mp3"u8.ToArray(), None);
        await temporary.Store.KeyValue.SetAsync(service, "counter", "1", None);
        temporary.Store.Journal.Append(new LogEntry(service, "/sms", 2, "inv-1", FunctionLogLevel.Info, "hi", March));
        temporary.Store.Journal.Append(new InvocationRecord(service, "/sms", 2, "inv-1", InvocationStatus.Succeeded, 200, 4, March));
        temporary.Store.Journal.CountInvocation(service, "/sms", March);
        await temporary.Store.Journal.FlushAsync(None);
    }

    private static async Task AssertFilledAsync(TemporaryStore temporary, string service)
    {
        Assert.NotNull(await temporary.Store.Services.GetServiceAsync(service, None));
        Assert.Equal(2, Assert.Single((await temporary.Store.Deployments.GetLiveAsync(service, EnvironmentName.Production, None))!.Build.Functions).FunctionVersion);
        Assert.Equal("hello " + service, Assert.Single(await temporary.Store.Environment.ListVariablesAsync(service, None)).Value);
        Assert.Equal("mp3"u8.ToArray(), (await temporary.Store.Blobs.GetAssetBlobAsync(service, ContentHash.Of("mp3"u8), None))!.Value.ToArray());
        Assert.Equal("1", await temporary.Store.KeyValue.GetAsync(service, "counter", None));
        Assert.Equal("hi", Assert.Single(await temporary.Store.Logs.QueryLogsAsync(service, new LogQuery(), None)).Message);
        Assert.Single(await temporary.Store.Invocations.QueryInvocationsAsync(service, new InvocationQuery(), None));
        Assert.Equal(1, Assert.Single(await temporary.Store.Usage.GetUsageAsync(service, "2025-03", None)).Invocations);
    }
}
