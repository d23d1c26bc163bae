using ScriptHost.Api.Client.Logs;
using ScriptHost.Api.Client.Tests.Support;
using ScriptHost.Api.Contracts.Logs;
using ScriptHost.TestSupport;

namespace ScriptHost.Api.Client.Tests;

[Collection(ServerCollection.Name)]
public sealed class ScriptHostClientLogsTests(ServerFixture fixture)
{
    private const string Logging = "Log.Info(\"info \" + Event.Get(\"marker\"));\nLog.Warn(\"warn \" + Event.Get(\"marker\"));\nreturn \"logged\";";

    [Fact]
    public async Task ReadLogStream_InvocationLogs_SeesItsLineThenItsRecord()
    {
        var (service, client) = await fixture.NewServiceAsync("tail");
        using var _ = client;
        await DeployAsync(client, service);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var tail = client.ReadLogStreamAsync(service, cancellationToken: timeout.Token).GetAsyncEnumerator(timeout.Token);

        // The first MoveNextAsync subscribes; the invocation is sent while it waits.
        var first = tail.MoveNextAsync().AsTask();
        await Task.Delay(500, timeout.Token);
        using var http = fixture.Server.CreateClient();
        using var invoked = await http.GetAsync($"/{service}/logging?marker=tailed", timeout.Token);
        invoked.EnsureSuccessStatusCode();

        var seen = new List<TailEvent>();
        for (var more = await first; more; more = await tail.MoveNextAsync())
        {
            seen.Add(tail.Current);
            if (tail.Current is TailEvent.InvocationEnded)
            {
                break;
            }
        }

        var line = Assert.IsType<TailEvent.LogLine>(seen[0]);
        Assert.Equal(("info tailed", FunctionLogLevel.Info, "production"), (line.Entry.Message, line.Entry.Level, line.Entry.Environment));
        var ended = Assert.IsType<TailEvent.InvocationEnded>(seen[^1]);
        Assert.Equal((InvocationStatus.Succeeded, 200), (ended.Record.Status, ended.Record.HttpStatus));
        Assert.Equal(line.Entry.InvocationId, ended.Record.InvocationId);
    }

    [Fact]
    public async Task ReadLogStream_LevelAndFunctionFilters_SeesOnlyTheWarningThenTheRecord()
    {
        var (service, client) = await fixture.NewServiceAsync("tail-filtered");
        using var _ = client;
        await DeployAsync(client, service);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var filter = new LogTailFilter(Function: "logging", Level: FunctionLogLevel.Warn, Environment: "production");
        await using var tail = client.ReadLogStreamAsync(service, filter, timeout.Token).GetAsyncEnumerator(timeout.Token);
        using var otherTimeout = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        await using var otherFunction = client.ReadLogStreamAsync(service, new LogTailFilter(Function: "other"), otherTimeout.Token).GetAsyncEnumerator(otherTimeout.Token);

        var first = tail.MoveNextAsync().AsTask();
        var otherFirst = otherFunction.MoveNextAsync().AsTask();
        await Task.Delay(500, timeout.Token);
        using var http = fixture.Server.CreateClient();
        (await http.GetAsync($"/{service}/logging?marker=filtered", timeout.Token)).EnsureSuccessStatusCode();

        Assert.True(await first);
        var line = Assert.IsType<TailEvent.LogLine>(tail.Current);
        Assert.Equal(("warn filtered", FunctionLogLevel.Warn), (line.Entry.Message, line.Entry.Level));
        Assert.True(await tail.MoveNextAsync());
        Assert.IsType<TailEvent.InvocationEnded>(tail.Current);
        Assert.False(otherFirst.IsCompleted, "a tail of another function saw this one's events");

        // An iterator cannot be disposed while a MoveNextAsync is pending: end that tail first.
        await otherTimeout.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => otherFirst);
    }

    [Fact]
    public async Task OpenLogStream_Returned_IsSubscribedSoAnInvocationRightAfterIsSeen()
    {
        var (service, client) = await fixture.NewServiceAsync("tail-open");
        using var _ = client;
        await DeployAsync(client, service);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        // No delay between opening and invoking: the open stream is subscribed already.
        await using var stream = await client.OpenLogStreamAsync(service, new LogTailFilter(Level: FunctionLogLevel.Warn), timeout.Token);
        using var http = fixture.Server.CreateClient();
        (await http.GetAsync($"/{service}/logging?marker=opened", timeout.Token)).EnsureSuccessStatusCode();
        await using var events = stream.ReadAllAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);

        Assert.True(await events.MoveNextAsync());
        Assert.Equal("warn opened", Assert.IsType<TailEvent.LogLine>(events.Current).Entry.Message);
        Assert.True(await events.MoveNextAsync());
        Assert.IsType<TailEvent.InvocationEnded>(events.Current);
    }

    [Fact]
    public async Task QueryLogsAndInvocations_Filters_AnswerTheMatchingOnes()
    {
        var (service, client) = await fixture.NewServiceAsync("logs");
        using var _ = client;
        await DeployAsync(client, service);
        using var http = fixture.Server.CreateClient();
        (await http.GetAsync($"/{service}/logging?marker=queried")).EnsureSuccessStatusCode();

        // The journal writes log lines and records in batches, a moment after the invocation.
        var all = await Eventually.MatchesAsync(
            () => client.QueryLogsAsync(service, new LogQuery(Function: "logging", Environment: "production")), found => found.Count >= 2, "2 log lines");
        await Eventually.MatchesAsync(() => client.QueryInvocationsAsync(service), found => found.Count >= 1, "1 invocation record");
        var warnings = await client.QueryLogsAsync(service, new LogQuery(Level: FunctionLogLevel.Warn, Since: DateTimeOffset.UtcNow.AddMinutes(-5), Limit: 10));
        var invocations = await client.QueryInvocationsAsync(service, new InvocationQuery(Function: "logging", Status: InvocationStatus.Succeeded));

        Assert.Equal(["info queried", "warn queried"], all.Select(entry => entry.Message).Order(StringComparer.Ordinal));
        Assert.Equal("warn queried", Assert.Single(warnings).Message);
        Assert.Equal(200, Assert.Single(invocations).HttpStatus);
        Assert.Empty(await client.QueryInvocationsAsync(service, new InvocationQuery(Status: InvocationStatus.Failed)));
    }

    private static async Task DeployAsync(ScriptHostClient client, string service)
    {
        var build = await ServerFixture.BuildAsync(client, service, ("logging", Logging));
        Assert.Equal(Contracts.Builds.BuildStatus.Completed, build.Status);
        await client.DeployBuildAsync(service, "production", build.Id);
    }
}
