using System.Threading.Channels;
using ScriptHost.Storage.Invocations;
using ScriptHost.Storage.Logs;
using ScriptHost.Storage.Usage;

namespace ScriptHost.Storage.Journal;

/// <summary>
/// A <see cref="Channel{T}"/> of pending items drained by one background task. A batch is written when it
/// holds <c>batchSize</c> items, when <c>flushInterval</c> has passed since its first item, when a flush is
/// requested, or when the journal is disposed. Usage increments are summed per (service, function, month)
/// before writing, so each counter gets one update per batch.
/// </summary>
internal sealed class BatchedStorageJournal : IStorageJournal
{
    private readonly Channel<object> _queue = Channel.CreateUnbounded<object>(new UnboundedChannelOptions
    {
        // Unbounded so enqueueing never blocks or drops; the writer drains far faster than requests arrive.
        SingleReader = false,
        SingleWriter = false,
    });

    private readonly IJournalBatchWriter _writer;
    private readonly TimeSpan _flushInterval;
    private readonly int _batchSize;
    private readonly Task _drainLoop;
    private long _failedBatches;
    private volatile Exception? _lastError;

    public BatchedStorageJournal(IJournalBatchWriter writer, TimeSpan flushInterval, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(flushInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _writer = writer;
        _flushInterval = flushInterval;
        _batchSize = batchSize;
        _drainLoop = Task.Run(DrainAsync);
    }

    public long FailedBatches => Interlocked.Read(ref _failedBatches);

    public Exception? LastError => _lastError;

    public void Append(InvocationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Enqueue(record);
    }

    public void Append(LogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Enqueue(entry);
    }

    public void CountInvocation(string service, string functionPath, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(functionPath);
        Enqueue(new UsageIncrement(service, functionPath, UsageMonth.From(timestamp), 1));
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
        _queue.Writer.TryComplete();
        await _drainLoop.ConfigureAwait(false);
    }

    private void Enqueue(object item)
    {
        if (!_queue.Writer.TryWrite(item))
        {
            throw new ObjectDisposedException(nameof(BatchedStorageJournal), "The journal is stopped; nothing more can be queued.");
        }
    }

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
                while (batch.Count < _batchSize && !flushRequested && reader.TryRead(out var item))
                {
                    flushRequested = batch.Add(item);
                }

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

            Write(batch);
            batch = new PendingBatch();
        }
    }

    private void Write(PendingBatch batch)
    {
        try
        {
            if (batch.Count > 0)
            {
                _writer.WriteBatch(batch.Invocations, batch.Logs, batch.SummedUsage());
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
        private readonly Dictionary<(string Service, string FunctionPath, string Month), long> _usage = [];

        public List<InvocationRecord> Invocations { get; } = [];

        public List<LogEntry> Logs { get; } = [];

        public List<FlushRequest> FlushRequests { get; } = [];

        public int Count { get; private set; }

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
                case UsageIncrement increment:
                    var key = (increment.Service, increment.FunctionPath, increment.Month);
                    _usage[key] = _usage.GetValueOrDefault(key) + increment.Invocations;
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected journal item {item.GetType().Name}.");
            }

            Count++;
            return false;
        }

        public List<UsageIncrement> SummedUsage() =>
            _usage.Select(pair => new UsageIncrement(pair.Key.Service, pair.Key.FunctionPath, pair.Key.Month, pair.Value)).ToList();
    }
}
