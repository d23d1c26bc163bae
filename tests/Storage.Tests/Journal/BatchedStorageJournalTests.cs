using System.Collections.Concurrent;
using ScriptHost.Storage.Invocations;
using ScriptHost.Storage.Journal;
using ScriptHost.Storage.Logs;
using ScriptHost.Storage.Usage;

namespace ScriptHost.Storage.Tests.Journal;

public sealed class BatchedStorageJournalTests
{
    private static readonly DateTimeOffset March = new(2025, 3, 15, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Append_BatchFills_WritesWithoutWaitingForInterval()
    {
        var writer = new RecordingWriter();
        await using var journal = new BatchedStorageJournal(writer, TimeSpan.FromMinutes(10), batchSize: 5, capacity: 100);

        for (var index = 0; index < 5; index++)
        {
            journal.Append(Log(index));
        }

        Assert.True(await writer.WaitForItemsAsync(5, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Append_FewItems_WrittenWithinFlushInterval()
    {
        var writer = new RecordingWriter();
        await using var journal = new BatchedStorageJournal(writer, TimeSpan.FromMilliseconds(200), batchSize: 1000, capacity: 10_000);

        journal.Append(Log(1));

        Assert.True(await writer.WaitForItemsAsync(1, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task FlushAsync_AfterTheJournalStopped_CompletesWithEverythingWritten()
    {
        var writer = new RecordingWriter();
        var journal = new BatchedStorageJournal(writer, TimeSpan.FromMinutes(10), batchSize: 1000, capacity: 10_000);
        journal.Append(Log(1));
        await journal.DisposeAsync();

        await journal.FlushAsync(CancellationToken.None);

        Assert.Equal(1, writer.ItemCount);
    }

    [Fact]
    public async Task FlushAsync_PendingItems_AreWrittenWhenItCompletes()
    {
        var writer = new RecordingWriter();
        await using var journal = new BatchedStorageJournal(writer, TimeSpan.FromMinutes(10), batchSize: 1000, capacity: 10_000);
        journal.Append(Log(1));
        journal.Append(new InvocationRecord("s", "/f", 1, "i", InvocationStatus.Succeeded, 200, 1, March));

        await journal.FlushAsync(CancellationToken.None);

        Assert.Equal(2, writer.ItemCount);
    }

    [Fact]
    public async Task DisposeAsync_PendingItems_AreWrittenAndLaterAppendThrows()
    {
        var writer = new RecordingWriter();
        var journal = new BatchedStorageJournal(writer, TimeSpan.FromMinutes(10), batchSize: 1000, capacity: 10_000);
        journal.Append(Log(1));
        journal.CountInvocation("s", "/f", March);

        await journal.DisposeAsync();

        Assert.Equal(2, writer.ItemCount);
        Assert.Throws<ObjectDisposedException>(() => journal.Append(Log(2)));
    }

    [Fact]
    public async Task CountInvocation_ManyInOneBatch_AggregatedIntoOneIncrementPerCounter()
    {
        var writer = new RecordingWriter();
        await using var journal = new BatchedStorageJournal(writer, TimeSpan.FromMinutes(10), batchSize: 1000, capacity: 10_000);
        for (var index = 0; index < 50; index++)
        {
            journal.CountInvocation("s", "/f", March);
        }

        journal.CountInvocation("s", "/g", March);
        await journal.FlushAsync(CancellationToken.None);

        Assert.Equal(
            [new UsageIncrement("s", "/f", "2025-03", 50), new UsageIncrement("s", "/g", "2025-03", 1)],
            writer.Usage.OrderBy(increment => increment.FunctionPath, StringComparer.Ordinal));
    }

    [Fact]
    public async Task FlushAsync_WriterFails_ThrowsAndRecordsTheFailure()
    {
        var writer = new RecordingWriter { Fail = true };
        await using var journal = new BatchedStorageJournal(writer, TimeSpan.FromMinutes(10), batchSize: 1000, capacity: 10_000);
        journal.Append(Log(1));

        await Assert.ThrowsAsync<IOException>(() => journal.FlushAsync(CancellationToken.None));

        Assert.Equal(1, journal.FailedBatches);
        Assert.IsType<IOException>(journal.LastError);
    }

    [Fact]
    public async Task CountInvocation_NothingElseQueued_WrittenWithinFlushInterval()
    {
        var writer = new RecordingWriter();
        await using var journal = new BatchedStorageJournal(writer, TimeSpan.FromMilliseconds(200), batchSize: 1000, capacity: 10_000);

        journal.CountInvocation("s", "/f", March);

        Assert.True(await writer.WaitForItemsAsync(1, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Append_QueueAtCapacity_DropsNewItemsAndCountsThem()
    {
        var writer = new RecordingWriter { Gate = new ManualResetEventSlim(false) };
        await using var journal = new BatchedStorageJournal(writer, TimeSpan.FromMinutes(10), batchSize: 5, capacity: 10);
        for (var index = 0; index < 5; index++)
        {
            journal.Append(Log(index));
        }

        Assert.True(writer.Entered.Wait(TimeSpan.FromSeconds(10)), "the first batch never reached the writer");
        for (var index = 5; index < 20; index++)
        {
            journal.Append(Log(index));
        }

        Assert.Equal(5, journal.DroppedItems);
        writer.Gate.Set();
        await journal.FlushAsync(CancellationToken.None);
        Assert.Equal(15, writer.ItemCount);
    }

    [Fact]
    public async Task CountInvocation_QueueAtCapacity_IsNeverDropped()
    {
        var writer = new RecordingWriter { Gate = new ManualResetEventSlim(false) };
        await using var journal = new BatchedStorageJournal(writer, TimeSpan.FromMinutes(10), batchSize: 5, capacity: 5);
        for (var index = 0; index < 15; index++)
        {
            journal.Append(Log(index));
        }

        Assert.True(writer.Entered.Wait(TimeSpan.FromSeconds(10)), "the first batch never reached the writer");
        for (var index = 0; index < 100; index++)
        {
            journal.CountInvocation("s", "/f", March);
        }

        writer.Gate.Set();
        await journal.FlushAsync(CancellationToken.None);

        Assert.True(journal.DroppedItems > 0);
        Assert.Equal(100, writer.Usage.Sum(increment => increment.Invocations));
    }

    [Fact]
    public async Task WriteBatch_OnlyFlushedBatches_AskForDurability()
    {
        var writer = new RecordingWriter();
        await using var journal = new BatchedStorageJournal(writer, TimeSpan.FromMilliseconds(100), batchSize: 1000, capacity: 10_000);
        journal.Append(Log(1));
        Assert.True(await writer.WaitForItemsAsync(1, TimeSpan.FromSeconds(10)));

        journal.Append(Log(2));
        await journal.FlushAsync(CancellationToken.None);

        Assert.Equal([false, true], writer.Durability);
    }

    private static LogEntry Log(int index) => new("s", "/f", 1, "inv", FunctionLogLevel.Info, "m" + index, March);

    private sealed class RecordingWriter : IJournalBatchWriter
    {
        private int _itemCount;

        public bool Fail { get; init; }

        /// <summary>When set, each write waits for it (after signalling <see cref="Entered"/>), so items pile up behind it.</summary>
        public ManualResetEventSlim? Gate { get; init; }

        public ManualResetEventSlim Entered { get; } = new(false);

        public ConcurrentQueue<bool> Durability { get; } = [];

        public int ItemCount => Volatile.Read(ref _itemCount);

        public ConcurrentBag<UsageIncrement> Usage { get; } = [];

        public void WriteBatch(IReadOnlyList<InvocationRecord> invocations, IReadOnlyList<LogEntry> logs, IReadOnlyList<UsageIncrement> usage, bool durable)
        {
            Entered.Set();
            Gate?.Wait(TimeSpan.FromSeconds(30));
            Durability.Enqueue(durable);
            if (Fail)
            {
                throw new IOException("disk full");
            }

            foreach (var increment in usage)
            {
                Usage.Add(increment);
            }

            Interlocked.Add(ref _itemCount, invocations.Count + logs.Count + (int)usage.Sum(increment => increment.Invocations));
        }

        public async Task<bool> WaitForItemsAsync(int count, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (ItemCount < count && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            return ItemCount >= count;
        }
    }
}
