using ScriptHost.Storage.Invocations;
using ScriptHost.Storage.Logs;
using ScriptHost.Storage.Tests.Contracts;
using ScriptHost.Storage.Usage;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.Tests.Journal;

/// <summary>What every backend must do with the environment of logs, invocation records and usage: keep it, and filter by it.</summary>
public abstract class JournalEnvironmentContract(IContractStoreFactory factory) : StoreContract(factory)
{
    private const string Production = EnvironmentName.Production;
    private static readonly DateTimeOffset Start = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task QueryLogs_EnvironmentFilter_ReturnsThatEnvironmentsEntriesOnly()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await store.Logs.AppendLogsAsync(
        [
            new LogEntry("shop", "/a", 1, "inv-1", FunctionLogLevel.Info, "from production", Start),
            new LogEntry("shop", "/a", 1, "inv-2", FunctionLogLevel.Info, "from dev", Start.AddSeconds(1), "dev"),
            new LogEntry("shop", "/a", 1, "inv-3", FunctionLogLevel.Info, "default is production", Start.AddSeconds(2)),
        ], None);

        var dev = await store.Logs.QueryLogsAsync("shop", new LogQuery { Environment = "dev" }, None);
        var production = await store.Logs.QueryLogsAsync("shop", new LogQuery { Environment = Production }, None);
        var all = await store.Logs.QueryLogsAsync("shop", new LogQuery(), None);

        Assert.Equal([("from dev", "dev")], dev.Select(entry => (entry.Message, entry.Environment)));
        Assert.Equal(["default is production", "from production"], production.Select(entry => entry.Message));
        Assert.Equal(3, all.Count);
    }

    [Fact]
    public async Task QueryInvocations_EnvironmentFilter_ReturnsThatEnvironmentsRecordsOnly()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await store.Invocations.AppendInvocationsAsync(
        [
            new InvocationRecord("shop", "/a", 1, "inv-1", InvocationStatus.Succeeded, 200, 1, Start),
            new InvocationRecord("shop", "/a", 1, "inv-2", InvocationStatus.Failed, 500, 1, Start.AddSeconds(1), "E", "boom", 3, "stage"),
        ], None);

        var stage = await store.Invocations.QueryInvocationsAsync("shop", new InvocationQuery { Environment = "stage" }, None);
        var production = await store.Invocations.QueryInvocationsAsync("shop", new InvocationQuery { Environment = Production }, None);

        Assert.Equal(new InvocationRecord("shop", "/a", 1, "inv-2", InvocationStatus.Failed, 500, 1, Start.AddSeconds(1), "E", "boom", 3, "stage"), Assert.Single(stage));
        Assert.Equal("inv-1", Assert.Single(production).InvocationId);
    }

    [Fact]
    public async Task GetUsage_PerEnvironment_CountsSeparatelyAndFilters()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");
        await store.Usage.AddUsageAsync(
        [
            new UsageIncrement("shop", "/a", "2025-06", 2),
            new UsageIncrement("shop", "/a", "2025-06", 5, "dev"),
            new UsageIncrement("shop", "/a", "2025-06", 1, "dev"),
            new UsageIncrement("shop", "/b", "2025-06", 3, "dev"),
        ], None);

        var all = await store.Usage.GetUsageAsync("shop", "2025-06", None);
        var dev = await store.Usage.GetUsageAsync("shop", "2025-06", "dev", None);

        Assert.Equal(
            [new UsageCounter("shop", "/a", "2025-06", 6, "dev"), new UsageCounter("shop", "/a", "2025-06", 2, Production), new UsageCounter("shop", "/b", "2025-06", 3, "dev")],
            all);
        Assert.Equal([("/a", 6L), ("/b", 3L)], dev.Select(counter => (counter.FunctionPath, counter.Invocations)));
    }

    [Fact]
    public async Task Journal_EnvironmentOfEachItem_IsStored()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;
        await CreateServiceAsync(store, "shop");

        store.Journal.Append(new LogEntry("shop", "/a", 1, "inv-1", FunctionLogLevel.Warn, "careful", Start, "dev"));
        store.Journal.Append(new InvocationRecord("shop", "/a", 1, "inv-1", InvocationStatus.Succeeded, 200, 2, Start, Environment: "dev"));
        store.Journal.CountInvocation("shop", "/a", Start, "dev");
        store.Journal.CountInvocation("shop", "/a", Start);
        await store.Journal.FlushAsync(None);

        Assert.Equal("dev", Assert.Single(await store.Logs.QueryLogsAsync("shop", new LogQuery(), None)).Environment);
        Assert.Equal("dev", Assert.Single(await store.Invocations.QueryInvocationsAsync("shop", new InvocationQuery(), None)).Environment);
        Assert.Equal([("dev", 1L), (Production, 1L)], (await store.Usage.GetUsageAsync("shop", UsageMonth.From(Start), None)).Select(counter => (counter.Environment, counter.Invocations)));
    }

    [Fact]
    public async Task Journal_InvalidEnvironmentName_IsRefusedAtTheCall()
    {
        await using var temporary = await NewStoreAsync();
        var store = temporary.Store;

        Assert.Throws<ArgumentException>(() => store.Journal.Append(new LogEntry("shop", "/a", 1, "inv-1", FunctionLogLevel.Info, "m", Start, "Dev")));
        Assert.Throws<ArgumentException>(() => store.Journal.Append(new InvocationRecord("shop", "/a", 1, "inv-1", InvocationStatus.Succeeded, 200, 2, Start, Environment: "a|b")));
        Assert.Throws<ArgumentException>(() => store.Journal.CountInvocation("shop", "/a", Start, string.Empty));
    }
}
