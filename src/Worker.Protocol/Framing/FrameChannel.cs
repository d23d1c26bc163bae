using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using MessagePack;
using ScriptHost.Worker.Protocol.Messages;

namespace ScriptHost.Worker.Protocol.Framing;

/// <summary>
/// One end of the host–worker channel: <see cref="WorkerMessage"/>s as MessagePack, each in a frame prefixed by its
/// length (4 bytes, big-endian), over a pair of streams (the worker's stdin and stdout). Everything read is untrusted
/// (a worker runs hostile code): frames are bounded and decoded with MessagePack's untrusted-data settings.
/// </summary>
/// <remarks>
/// Measured on the 2-core machine, each thread hand-off on the invocation path cost tens of microseconds and kept
/// the thread pool spinning, so the channel makes none of its own: <see cref="Send"/> writes on the caller's thread
/// when no other thread is writing, and one dedicated thread reads and hands each message to the callback.
/// When several threads send at once, the one writing takes the others' frames into the same system call
/// (flat combining), so contention batches instead of queueing on a lock. A write blocks only while the pipe is
/// full, until the other end's reader drains it. So that a reader always drains, the reading thread never writes
/// itself: what it sends (from its callback, or from work that callback runs inline) is written by a pool thread.
/// Two full pipes therefore cannot wait on each other, and a callback may safely run whatever its message
/// completes.
/// </remarks>
public sealed class FrameChannel : IDisposable
{
    /// <summary>The largest frame either end accepts: a compiled image, or a response at the largest output limit, fit well inside.</summary>
    public const int MaxFrameBytes = 64 * 1024 * 1024;

    private const int LengthPrefixBytes = 4;

    /// <summary>How both ends encode: MessagePack's standard resolvers, decoding with its untrusted-data limits.</summary>
    private static readonly MessagePackSerializerOptions Options =
        MessagePackSerializerOptions.Standard.WithSecurity(MessagePackSecurity.UntrustedData);

    // A batch is written once it holds this much, so a burst of large frames does not grow one buffer without bound.
    private const int BatchBytes = 256 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_frame;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_batch;

    private readonly Stream _input;
    private readonly Stream _output;
    private readonly ConcurrentQueue<byte[]> _queue = new();
    private readonly Action<WorkerMessage> _onMessage;
    private readonly Action<Exception?> _onClosed;
    private Thread? _reader;
    private bool _closed;
    private int _writing;

    /// <summary>
    /// A channel reading frames from <paramref name="input"/> and writing them to <paramref name="output"/>; each
    /// message read goes to <paramref name="onMessage"/> on the reading thread, and <paramref name="onClosed"/> runs
    /// once when reading ends: with null when the other end closed its stream, or with what was wrong with a frame.
    /// </summary>
    public FrameChannel(Stream input, Stream output, Action<WorkerMessage> onMessage, Action<Exception?> onClosed)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(onMessage);
        ArgumentNullException.ThrowIfNull(onClosed);
        _input = new BufferedStream(input, 64 * 1024);
        _output = output;
        _onMessage = onMessage;
        _onClosed = onClosed;
    }

    /// <summary>Starts the reading thread.</summary>
    public void Start()
    {
        _reader = new Thread(ReadLoop) { IsBackground = true, Name = "frame-channel-reader" };
        _reader.Start();
    }

    /// <summary>
    /// Writes <paramref name="message"/>: on this thread when no other is writing, else handed to the thread that is,
    /// which writes everything queued in one system call; sent from the reading thread, it is written by a pool
    /// thread. False when the channel is closed.
    /// </summary>
    public bool Send(WorkerMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Volatile.Read(ref _closed))
        {
            return false;
        }

        _queue.Enqueue(Frame(message));
        if (Thread.CurrentThread == _reader)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static channel => channel.Drain(), this, preferLocal: false);
        }
        else
        {
            Drain();
        }

        return !Volatile.Read(ref _closed);
    }

    /// <summary>Stops sending; what was sent is delivered.</summary>
    public void Dispose() => Volatile.Write(ref _closed, true);

    private static byte[] Frame(WorkerMessage message)
    {
        var frame = t_frame ??= new ArrayBufferWriter<byte>(4096);
        frame.ResetWrittenCount();
        frame.Advance(LengthPrefixBytes);
        MessagePackSerializer.Serialize(frame, message, Options);
        var bytes = frame.WrittenSpan.ToArray();
        BinaryPrimitives.WriteInt32BigEndian(bytes, bytes.Length - LengthPrefixBytes);
        if (frame.Capacity > 1024 * 1024)
        {
            // Do not keep a large image's buffer on this thread for good.
            t_frame = null;
        }

        return bytes;
    }

    /// <summary>Writes what is queued unless another thread is writing (it will write ours too).</summary>
    private void Drain()
    {
        while (!_queue.IsEmpty)
        {
            if (Interlocked.CompareExchange(ref _writing, 1, 0) != 0)
            {
                return;
            }

            try
            {
                var batch = t_batch ??= new ArrayBufferWriter<byte>(64 * 1024);
                while (_queue.TryDequeue(out var frame))
                {
                    batch.Write(frame);
                    if (batch.WrittenCount >= BatchBytes)
                    {
                        Write(batch);
                    }
                }

                Write(batch);
            }
            finally
            {
                Volatile.Write(ref _writing, 0);
            }

            // A frame queued after the last dequeue but before the flag cleared found it set and left: loop for it.
        }
    }

    private void Write(ArrayBufferWriter<byte> batch)
    {
        if (batch.WrittenCount == 0)
        {
            return;
        }

        try
        {
            if (!Volatile.Read(ref _closed))
            {
                _output.Write(batch.WrittenSpan);
                _output.Flush();
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            Volatile.Write(ref _closed, true);
        }
        finally
        {
            batch.ResetWrittenCount();
            if (batch.Capacity > 4 * BatchBytes)
            {
                t_batch = null;
            }
        }
    }

    private void ReadLoop()
    {
        Exception? failure = null;
        try
        {
            Span<byte> prefix = stackalloc byte[LengthPrefixBytes];
            while (true)
            {
                var read = _input.ReadAtLeast(prefix, LengthPrefixBytes, throwOnEndOfStream: false);
                if (read == 0)
                {
                    break;
                }

                if (read < LengthPrefixBytes)
                {
                    throw new InvalidDataException("The channel closed in the middle of a frame.");
                }

                var length = BinaryPrimitives.ReadInt32BigEndian(prefix);
                if (length is <= 0 or > MaxFrameBytes)
                {
                    throw new InvalidDataException($"A frame of {length} bytes is outside 1..{MaxFrameBytes}.");
                }

                var payload = ArrayPool<byte>.Shared.Rent(length);
                try
                {
                    if (_input.ReadAtLeast(payload.AsSpan(0, length), length, throwOnEndOfStream: false) < length)
                    {
                        throw new InvalidDataException("The channel closed in the middle of a frame.");
                    }

                    _onMessage(Decode(payload.AsMemory(0, length)));
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(payload);
                }
            }
        }
#pragma warning disable CA1031 // Whatever ends reading (a bad frame, or a fault in the callback) is reported, never left to kill the process.
        catch (Exception e)
#pragma warning restore CA1031
        {
            failure = e is IOException or ObjectDisposedException ? null : e;
        }

        Dispose();
        _onClosed(failure);
    }

    private static WorkerMessage Decode(ReadOnlyMemory<byte> payload)
    {
        try
        {
            return MessagePackSerializer.Deserialize<WorkerMessage>(payload, Options) ?? throw new InvalidDataException("A frame decoded as nil.");
        }
        catch (MessagePackSerializationException e)
        {
            throw new InvalidDataException("A frame did not decode as a worker message.", e);
        }
    }
}
