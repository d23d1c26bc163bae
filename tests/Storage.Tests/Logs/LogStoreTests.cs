using ScriptHost.Storage.Logs;

namespace ScriptHost.Storage.Tests.Logs;

public sealed class LogStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static LogEntry Entry(string service, string path, FunctionLogLevel level, int minute, string message = "m") =>
        new(service, path, 1, "inv-" + minute, level, message, Start.AddMinutes(minute));

    [Fact]
    public async Task QueryLogs_NoFilter_ReturnsNewestFirstWithAllFields()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        await temporary.Store.Logs.AppendLogsAsync([Entry("shop", "/a", FunctionLogLevel.Info, 1, "first"), Entry("shop", "/a", FunctionLogLevel.Error, 2, "second")], None);

        var logs = await temporary.Store.Logs.QueryLogsAsync("shop", new LogQuery(), None);

        Assert.Equal(["second", "first"], logs.Select(entry => entry.Message));
        Assert.Equal(Entry("shop", "/a", FunctionLogLevel.Error, 2, "second"), logs[0]);
    }

    [Fact]
    public async Task QueryLogs_FunctionLevelSinceAndLimit_FilterTogether()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        await temporary.Store.Logs.AppendLogsAsync(
        [
            Entry("shop", "/a", FunctionLogLevel.Error, 1),
            Entry("shop", "/a", FunctionLogLevel.Info, 2),
            Entry("shop", "/a", FunctionLogLevel.Warn, 3),
            Entry("shop", "/b", FunctionLogLevel.Error, 4),
            Entry("shop", "/a", FunctionLogLevel.Error, 5),
            Entry("shop", "/a", FunctionLogLevel.Error, 6),
        ], None);

        var logs = await temporary.Store.Logs.QueryLogsAsync("shop", new LogQuery
        {
            FunctionPath = "/a",
            MinimumLevel = FunctionLogLevel.Warn,
            Since = Start.AddMinutes(3),
            Limit = 2,
        }, None);

        Assert.Equal([Start.AddMinutes(6), Start.AddMinutes(5)], logs.Select(entry => entry.Timestamp));
    }

    [Fact]
    public async Task QueryLogs_ServiceNameIsPrefixOfAnother_SeesOnlyItsOwn()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        await temporary.CreateServiceAsync("shop-eu");
        await temporary.CreateServiceAsync("shops");
        await temporary.Store.Logs.AppendLogsAsync(
            [Entry("shop-eu", "/a", FunctionLogLevel.Info, 1, "eu"), Entry("shop", "/a", FunctionLogLevel.Info, 2, "mine"), Entry("shops", "/a", FunctionLogLevel.Info, 3, "plural")],
            None);

        var logs = await temporary.Store.Logs.QueryLogsAsync("shop", new LogQuery(), None);

        Assert.Equal(["mine"], logs.Select(entry => entry.Message));
    }

    [Fact]
    public async Task QueryLogs_ManyEntriesInOneTick_KeepsEveryOne()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        await temporary.Store.Logs.AppendLogsAsync([.. Enumerable.Range(0, 50).Select(index => Entry("shop", "/a", FunctionLogLevel.Info, 1, "m" + index))], None);

        var logs = await temporary.Store.Logs.QueryLogsAsync("shop", new LogQuery { Limit = 100 }, None);

        Assert.Equal(50, logs.Select(entry => entry.Message).Distinct().Count());
    }

    [Fact]
    public async Task QueryLogs_BatchesOverlappingInTime_MergesThemNewestFirst()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        foreach (var minutes in new[] { new[] { 1, 5, 9 }, [2, 6, 10], [3, 7], [4] })
        {
            await temporary.Store.Logs.AppendLogsAsync([.. minutes.Select(minute => Entry("shop", "/a", FunctionLogLevel.Info, minute))], None);
        }

        var logs = await temporary.Store.Logs.QueryLogsAsync("shop", new LogQuery { Limit = 5 }, None);

        Assert.Equal([10, 9, 7, 6, 5], logs.Select(entry => (int)(entry.Timestamp - Start).TotalMinutes));
    }

    [Fact]
    public async Task ApplyLogRetention_MaxEntriesFallsInsideABatch_KeepsExactlyTheNewest()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        for (var batch = 0; batch < 3; batch++)
        {
            await temporary.Store.Logs.AppendLogsAsync([.. Enumerable.Range(batch * 5, 5).Select(minute => Entry("shop", "/a", FunctionLogLevel.Info, minute))], None);
        }

        var deleted = await temporary.Store.Logs.ApplyLogRetentionAsync(new RetentionPolicy(null, MaxEntriesPerService: 7), None);

        var left = await temporary.Store.Logs.QueryLogsAsync("shop", new LogQuery { Limit = 100 }, None);
        Assert.Equal(8, deleted);
        Assert.Equal(Enumerable.Range(8, 7).Reverse(), left.Select(entry => (int)(entry.Timestamp - Start).TotalMinutes));
    }

    [Fact]
    public async Task AppendLogs_UnknownService_IsSkipped()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");

        await temporary.Store.Logs.AppendLogsAsync([Entry("ghost", "/a", FunctionLogLevel.Info, 1), Entry("shop", "/a", FunctionLogLevel.Info, 1)], None);

        Assert.Single(await temporary.Store.Logs.QueryLogsAsync("shop", new LogQuery(), None));
        Assert.Empty(await temporary.Store.Logs.QueryLogsAsync("ghost", new LogQuery(), None));
    }

    [Fact]
    public async Task ApplyLogRetention_MaxAge_DeletesOlderEntriesOnly()
    {
        var clock = new ManualTimeProvider(Start.AddDays(10));
        await using var temporary = TemporaryStore.Create(options => options with { TimeProvider = clock });
        await temporary.CreateServiceAsync("shop");
        await temporary.Store.Logs.AppendLogsAsync(
        [
            new LogEntry("shop", "/a", 1, "old", FunctionLogLevel.Info, "old", Start),
            new LogEntry("shop", "/a", 1, "new", FunctionLogLevel.Info, "new", Start.AddDays(9)),
        ], None);

        var deleted = await temporary.Store.Logs.ApplyLogRetentionAsync(new RetentionPolicy(TimeSpan.FromDays(7), null), None);

        Assert.Equal(1, deleted);
        Assert.Equal("new", Assert.Single(await temporary.Store.Logs.QueryLogsAsync("shop", new LogQuery(), None)).Message);
    }

    [Fact]
    public async Task ApplyLogRetention_MaxEntriesPerService_KeepsNewestOfEachService()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("a");
        await temporary.CreateServiceAsync("b");
        await temporary.Store.Logs.AppendLogsAsync(Enumerable.Range(1, 10).Select(minute => Entry("a", "/f", FunctionLogLevel.Info, minute)).ToList(), None);
        await temporary.Store.Logs.AppendLogsAsync(Enumerable.Range(1, 2).Select(minute => Entry("b", "/f", FunctionLogLevel.Info, minute)).ToList(), None);

        var deleted = await temporary.Store.Logs.ApplyLogRetentionAsync(new RetentionPolicy(null, 3), None);

        Assert.Equal(7, deleted);
        var kept = await temporary.Store.Logs.QueryLogsAsync("a", new LogQuery(), None);
        Assert.Equal([10, 9, 8], kept.Select(entry => (int)(entry.Timestamp - Start).TotalMinutes));
        Assert.Equal(2, (await temporary.Store.Logs.QueryLogsAsync("b", new LogQuery(), None)).Count);
    }
}
