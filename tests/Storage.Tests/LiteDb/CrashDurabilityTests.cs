using System.Globalization;
using ScriptHost.Storage.Logs;

namespace ScriptHost.Storage.Tests.LiteDb;

/// <summary>
/// Starts Storage.CrashWriter as a child process, kills it with SIGKILL while it writes, then reopens the
/// database and checks that every write the child reported as acknowledged is there and the file is sound.
/// </summary>
public sealed class CrashDurabilityTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task KilledWriter_EveryAcknowledgedWrite_SurvivesAndDatabaseReopens()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.Store.DisposeAsync(); // the child process owns the file while it runs
        var runs = new List<WriterRun>();

        // Several rounds on the same file, killed at different points, so recovery itself is recovered from.
        int[] killAfterKeyValueAcks = [40, 150, 90];
        for (var round = 0; round < killAfterKeyValueAcks.Length; round++)
        {
            runs.Add(await RunWriterAsync(temporary.Options.DatabasePath, firstIndex: round * 100_000, killAfterKeyValueAcks[round], killSelfAfter: null));
        }

        await temporary.ReopenAsync();
        var store = temporary.Store;
        var keyValueAcks = runs.SelectMany(run => run.KeyValue).ToList();
        Assert.True(keyValueAcks.Count >= 280, $"only {keyValueAcks.Count} key-value writes were acknowledged");
        await AssertKeyValueWritesStoredAsync(store, keyValueAcks);

        Assert.NotEmpty(await store.Functions.ListVersionsAsync("crash", "/crash", None));
        foreach (var version in runs.SelectMany(run => run.Deploys))
        {
            Assert.NotNull(await store.Functions.GetVersionAsync("crash", "/crash", version, None));
        }

        var journalAcks = runs.Sum(run => run.JournalEntries);
        var logs = await store.Logs.QueryLogsAsync("crash", new LogQuery { Limit = int.MaxValue }, None);
        Assert.True(logs.Count >= journalAcks, $"{logs.Count} log entries stored, {journalAcks} acknowledged");
        var usage = await store.Usage.GetUsageAsync("crash", ScriptHost.Storage.Usage.UsageMonth.From(DateTimeOffset.UtcNow), None);
        Assert.True(usage.Sum(counter => counter.Invocations) >= journalAcks);

        // Not corrupt: whole-collection reads and a fresh write work after the kills.
        Assert.Equal("/crash", Assert.Single(Assert.Single(await store.Deployments.LoadLiveAsync(None)).Build.Functions).Path);
        Assert.True((await store.KeyValue.ListKeysAsync("crash", "key-", int.MaxValue, None)).Count >= keyValueAcks.Count);
        await store.KeyValue.SetAsync("crash", "after-crash", "ok", None);
        Assert.Equal("ok", await store.KeyValue.GetAsync("crash", "after-crash", None));
    }

    [Fact]
    public async Task WriterKilledRightAfterAcknowledging_LastWrite_Survives()
    {
        await using var temporary = TemporaryStore.Create();
        await temporary.Store.DisposeAsync();
        var keyValueAcks = new List<int>();

        // The child kills itself the instant a write returns: the narrowest window for a lost commit.
        for (var round = 0; round < 8; round++)
        {
            var run = await RunWriterAsync(temporary.Options.DatabasePath, firstIndex: round * 100_000, killAfterKeyValueAcks: null, killSelfAfter: 1 + (round % 3));
            keyValueAcks.AddRange(run.KeyValue);
        }

        await temporary.ReopenAsync();
        Assert.True(keyValueAcks.Count >= 8);
        await AssertKeyValueWritesStoredAsync(temporary.Store, keyValueAcks);
    }

    private static async Task AssertKeyValueWritesStoredAsync(IScriptHostStore store, IEnumerable<int> acknowledged)
    {
        foreach (var index in acknowledged)
        {
            var value = await store.KeyValue.GetAsync("crash", $"key-{index}", None);
            Assert.True(value is not null, $"acknowledged key-{index} is missing");
            Assert.Equal(200 + (index % 700), value.Length);
        }
    }

    private static async Task<WriterRun> RunWriterAsync(string databasePath, int firstIndex, int? killAfterKeyValueAcks, int? killSelfAfter)
    {
        string[] arguments = killSelfAfter is { } count
            ? [databasePath, firstIndex.ToString(CultureInfo.InvariantCulture), count.ToString(CultureInfo.InvariantCulture)]
            : [databasePath, firstIndex.ToString(CultureInfo.InvariantCulture)];
        var run = new WriterRun();
        var lines = await CrashWriterProcess.RunAsync(
            arguments,
            killAfterKeyValueAcks is { } acks ? line => run.Record(line) && run.KeyValue.Count >= acks : null);
        if (killAfterKeyValueAcks is null)
        {
            foreach (var line in lines)
            {
                run.Record(line);
            }
        }

        return run;
    }

    /// <summary>What one child run printed: each line is a write it saw complete before it died.</summary>
    private sealed class WriterRun
    {
        private readonly Lock _gate = new();

        public List<int> KeyValue { get; } = [];

        public List<int> Deploys { get; } = [];

        /// <summary>The journal line is cumulative within a run, so the largest one counts.</summary>
        public long JournalEntries { get; private set; }

        /// <summary>Records one line; returns true for a key-value acknowledgement.</summary>
        public bool Record(string line)
        {
            var parts = line.Split(' ');
            if (parts.Length != 2 || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            lock (_gate)
            {
                switch (parts[0])
                {
                    case "kv":
                        KeyValue.Add(number);
                        return true;
                    case "deploy":
                        Deploys.Add(number);
                        return false;
                    case "journal":
                        JournalEntries = Math.Max(JournalEntries, number);
                        return false;
                    default:
                        return false;
                }
            }
        }
    }
}
