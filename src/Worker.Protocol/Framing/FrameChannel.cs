using System.Buffers;
using System.Buffers.Binary;
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
/// (one system call per frame, under a lock), and one dedicated thread reads and hands each message to the callback.
/// A write blocks only while the pipe is full, until the other end's reader drains it; readers never write from
/// their callbacks on the host side, so two full pipes cannot wait on each other.
/// </remarks>
public sealed class FrameChannel : IDisposable
{
    /// <summary>The largest frame either end accepts: a compiled image, or a response at the largest output limit, fit well inside.</summary>
    public const int MaxFrameBytes = 64 * 1024 * 1024;

    private const int LengthPrefixBytes = 4;

    private static readonly MessagePackSerializerOptions Options =
        MessagePackSerializerOptions.Standard.WithSecurity(MessagePackSecurity.UntrustedData);

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_frame;

    private readonly Stream _input;
    private readonly Stream _output;
    private readonly Lock _writeLock = new();
    private readonly Action<WorkerMessage> _onMessage;
    private readonly Action<Exception?> _onClosed;
    private bool _closed;

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
    public void Start() => new Thread(ReadLoop) { IsBackground = true, Name = "frame-channel-reader" }.Start();

    /// <summary>Writes <paramref name="message"/> now; false when the channel is closed.</summary>
    public bool Send(WorkerMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var frame = t_frame ??= new ArrayBufferWriter<byte>(4096);
        frame.ResetWrittenCount();
        frame.Advance(LengthPrefixBytes);
        MessagePackSerializer.Serialize(frame, message, Options);
        var length = frame.WrittenCount - LengthPrefixBytes;
        var bytes = frame.WrittenMemory;

        // The prefix is patched into the writer's own buffer: it exposes what was written only read-only.
        BinaryPrimitives.WriteInt32BigEndian(System.Runtime.InteropServices.MemoryMarshal.AsMemory(bytes).Span, length);
        lock (_writeLock)
        {
            if (_closed)
            {
                return false;
            }

            try
            {
                _output.Write(bytes.Span);
                _output.Flush();
                return true;
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                _closed = true;
                return false;
            }
            finally
            {
                if (frame.Capacity > 1024 * 1024)
                {
                    // Do not keep a large image's buffer on this thread for good.
                    t_frame = null;
                }
            }
        }
    }

    /// <summary>Stops sending; what was sent is delivered.</summary>
    public void Dispose()
    {
        lock (_writeLock)
        {
            _closed = true;
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
