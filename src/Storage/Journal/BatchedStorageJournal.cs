using System.Threading.Channels;
using ScriptHost.Storage.Invocations;
using ScriptHost.Storage.Logs;
using ScriptHost.Storage.Usage;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.Journal;

/// <summary>
/// A <see cref="Channel{T}"/> of pending records and log entries drained by one background task, plus a
/// <see cref="UsageTally"/>. A batch is written when it holds <c>batchSize</c> items, when <c>flushInterval</c>
/// has passed since its first item, when a flush is requested, or when the journal is disposed.
/// </summary>
/// <remarks>
/// At most <c>capacity</c> records and entries wait at once. Measured: under sustained load beyond what the
/// store can write (on 2 cores, LiteDB wrote ~8,000 invocations a second while requests arrived at ~18,000),
/// an unbounded queue grew without end and its garbage slowed every request; beyond the bound, records and
/// entries are dropped and counted in <see cref="DroppedItems"/>. Usage counts are never dropped.
/// </remarks>
internal sealed class BatchedStorageJournal : IStorageJournal
{
    // Queued when the usage tally stops being empty, so a batch is written even if no record or entry follows.
    private static readonly object UsageCounted = new();

    private readonly Channel<object> _queue = Channel.CreateUnbounded<object>(new UnboundedChannelOptions
    {
        SingleReader = true,
        SingleWriter = false,
    });

    private readonly UsageTally _usage = new();
    private readonly IJournalBatchWriter _writer;
    private readonly TimeSpan _flushInterval;
    private readonly int _batchSize;
    private readonly int _capacity;
    private readonly Task _drainLoop;
    private long _waiting;
    private long _droppedItems;
    private long _failedBatches;
    private volatile bool _stopped;
    private volatile Exception? _lastError;

    public BatchedStorageJournal(IJournalBatchWriter writer, TimeSpan flushInterval, int batchSize, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(flushInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, batchSize);
        _writer = writer;
        _flushInterval = flushInterval;
        _batchSize = batchSize;
        _capacity = capacity;
        _drainLoop = Task.Run(DrainAsync);
    }

    public long FailedBatches => Interlocked.Read(ref _failedBatches);

    public long DroppedItems => Interlocked.Read(ref _droppedItems);

    public long Pending => Interlocked.Read(ref _waiting);

    public Exception? LastError => _lastError;

    public void Append(InvocationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        RequireEnvironmentName(record.Environment);
        EnqueueWithinCapacity(record);
    }

    public void Append(LogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        RequireEnvironmentName(entry.Environment);
        EnqueueWithinCapacity(entry);
    }

    public void CountInvocation(string service, string functionPath, DateTimeOffset timestamp, string environment = Validation.EnvironmentName.Production)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(functionPath);
        RequireEnvironmentName(environment);
        ThrowIfStopped();
        if (_usage.Add(service, environment, functionPath, UsageMonth.From(timestamp)))
        {
            Enqueue(UsageCounted);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var request = new FlushRequest();
        if (!_queue.Writer.TryWrite(request))
        {
            // Stopped: stopping drains everything queued, so a flush only has to wait for that drain to end.
            await _drainLoop.WaitAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        await request.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        // Completing the channel lets the loop drain every queued item, write it, and end.
        _stopped = true;
        _queue.Writer.TryComplete();
        await _drainLoop.ConfigureAwait(false);
    }

    private void EnqueueWithinCapacity(object item)
    {
        ThrowIfStopped();
        if (Interlocked.Increment(ref _waiting) > _capacity)
        {
            Interlocked.Decrement(ref _waiting);
            Interlocked.Increment(ref _droppedItems);
            return;
        }

        Enqueue(item);
    }

    private void Enqueue(object item)
    {
        if (!_queue.Writer.TryWrite(item))
        {
            throw Stopped();
        }
    }

    private void ThrowIfStopped()
    {
        if (_stopped)
        {
            throw Stopped();
        }
    }

    // Refused here, where the caller can see it: a batch that fails to store is dropped whole, with other services' items.
    private static void RequireEnvironmentName(string environment)
    {
        if (!EnvironmentName.IsValid(environment))
        {
            throw new ArgumentException($"'{environment}' is not an environment name.", nameof(environment));
        }
    }

    private static ObjectDisposedException Stopped() =>
        new(nameof(BatchedStorageJournal), "The journal is stopped; nothing more can be queued.");

    private async Task DrainAsync()
    {
        var reader = _queue.Reader;
        var batch = new PendingBatch();
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            var deadline = Task.Delay(_flushInterval);
            var flushRequested = false;
            while (true)
            {
                var taken = batch.Count;
                while (batch.Count < _batchSize && !flushRequested && reader.TryRead(out var item))
                {
                    flushRequested = batch.Add(item);
                }

                // The batch counts exactly the records and entries, the items the capacity bounds.
                Interlocked.Add(ref _waiting, taken - batch.Count);

                if (batch.Count >= _batchSize || flushRequested)
                {
                    break;
                }

                var moreItems = reader.WaitToReadAsync().AsTask();
                if (await Task.WhenAny(moreItems, deadline).ConfigureAwait(false) == deadline || !await moreItems.ConfigureAwait(false))
                {
                    break;
                }
            }

            Write(batch, durable: flushRequested || reader.Completion.IsCompleted);
            batch = new PendingBatch();
        }
    }

    private void Write(PendingBatch batch, bool durable)
    {
        try
        {
            var usage = _usage.Take();
            if (batch.Count > 0 || usage.Count > 0 || durable)
            {
                _writer.WriteBatch(batch.Invocations, batch.Logs, usage, durable);
            }

            foreach (var waiter in batch.FlushRequests)
            {
                waiter.Completion.TrySetResult();
            }
        }
#pragma warning disable CA1031 // The loop must survive any write failure; it is recorded and reported to flush callers.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Interlocked.Increment(ref _failedBatches);
            _lastError = exception;
            foreach (var waiter in batch.FlushRequests)
            {
                waiter.Completion.TrySetException(exception);
            }
        }
    }

    private sealed class FlushRequest
    {
        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class PendingBatch
    {
        public List<InvocationRecord> Invocations { get; } = [];

        public List<LogEntry> Logs { get; } = [];

        public List<FlushRequest> FlushRequests { get; } = [];

        /// <summary>Records and entries, the items that count toward the batch size.</summary>
        public int Count => Invocations.Count + Logs.Count;

        /// <summary>Adds an item; returns true when it is a flush request, which ends the batch.</summary>
        public bool Add(object item)
        {
            switch (item)
            {
                case FlushRequest flush:
                    FlushRequests.Add(flush);
                    return true;
                case InvocationRecord record:
                    Invocations.Add(record);
                    break;
                case LogEntry entry:
                    Logs.Add(entry);
                    break;
                default:
                    if (!ReferenceEquals(item, UsageCounted))
                    {
                        throw new InvalidOperationException($"Unexpected journal item {item.GetType().Name}.");
                    }

                    break;
            }

            return false;
        }
    }
}
