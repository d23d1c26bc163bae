using ScriptHost.Storage.Invocations;
using ScriptHost.Storage.Logs;

namespace ScriptHost.Storage.Tests.Invocations;

public sealed class InvocationStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task QueryInvocations_AfterAppend_ReturnsNewestFirstWithErrorDetails()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        var failed = new InvocationRecord(
            "shop", "/sms", 2, "inv-2", InvocationStatus.Failed, 500, 12.5, Start.AddSeconds(2), "NullReferenceException", "boom", 14, ErrorColumn: 9, ErrorFile: "lib/greeter.cs");
        await temporary.Store.Invocations.AppendInvocationsAsync(
            [new InvocationRecord("shop", "/sms", 2, "inv-1", InvocationStatus.Succeeded, 200, 3.25, Start), failed], None);

        var records = await temporary.Store.Invocations.QueryInvocationsAsync("shop", new InvocationQuery(), None);
        var onlyFailed = await temporary.Store.Invocations.QueryInvocationsAsync("shop", new InvocationQuery { Status = InvocationStatus.Failed }, None);

        Assert.Equal(["inv-2", "inv-1"], records.Select(record => record.InvocationId));
        Assert.Equal(failed, Assert.Single(onlyFailed));
    }

    [Fact]
    public async Task ApplyInvocationRetention_MaxEntries_KeepsNewest()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.CreateServiceAsync("shop");
        await temporary.Store.Invocations.AppendInvocationsAsync(Enumerable.Range(0, 5)
            .Select(second => new InvocationRecord("shop", "/sms", 1, "inv-" + second, InvocationStatus.Succeeded, 200, 1, Start.AddSeconds(second)))
            .ToList(), None);

        Assert.Equal(3, await temporary.Store.Invocations.ApplyInvocationRetentionAsync(new RetentionPolicy(null, 2), None));

        var kept = await temporary.Store.Invocations.QueryInvocationsAsync("shop", new InvocationQuery(), None);
        Assert.Equal(["inv-4", "inv-3"], kept.Select(record => record.InvocationId));
    }
}
