using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using System.Threading.Channels;
using MessagePack;
using ScriptHost.Worker.Protocol.Messages;

namespace ScriptHost.Worker.Protocol.Framing;

/// <summary>
/// One end of the host–worker channel: <see cref="WorkerMessage"/>s as MessagePack, each in a frame prefixed by its
/// length (4 bytes, big-endian), over a pair of streams (the worker's stdin and stdout). Sending never blocks: frames
/// queue and one loop writes whatever has queued in a single write, so concurrent invocations share system calls.
/// Everything read is untrusted (a worker runs hostile code): frames are bounded and decoded with MessagePack's
/// untrusted-data settings.
/// </summary>
public sealed class FrameChannel : IAsyncDisposable
{
    /// <summary>The largest frame either end accepts: a compiled image, or a response at the largest output limit, fit well inside.</summary>
    public const int MaxFrameBytes = 64 * 1024 * 1024;

    private const int LengthPrefixBytes = 4;

    // A batch is written once it holds this much, so a burst of large frames does not grow one buffer without bound.
    private const int BatchFlushBytes = 256 * 1024;

    private static readonly MessagePackSerializerOptions Options =
        MessagePackSerializerOptions.Standard.WithSecurity(MessagePackSecurity.UntrustedData);

    private readonly PipeReader _input;
    private readonly Stream _output;
    private readonly Channel<WorkerMessage> _outgoing = Channel.CreateUnbounded<WorkerMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writing;

    /// <summary>Starts a channel reading frames from <paramref name="input"/> and writing them to <paramref name="output"/>.</summary>
    public FrameChannel(Stream input, Stream output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        _input = PipeReader.Create(input, new StreamPipeReaderOptions(bufferSize: 64 * 1024, leaveOpen: true));
        _output = output;
        _writing = Task.Run(WriteLoopAsync);
    }

    /// <summary>Completes when the writing side stops (the stream closed or the channel was disposed).</summary>
    public Task Writing => _writing;

    /// <summary>Queues <paramref name="message"/>; false when the channel is closed.</summary>
    public bool Send(WorkerMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return _outgoing.Writer.TryWrite(message);
    }

    /// <summary>The next message, or null when the other end closed its stream.</summary>
    /// <exception cref="InvalidDataException">A frame was larger than <see cref="MaxFrameBytes"/> or did not decode.</exception>
    public async ValueTask<WorkerMessage?> ReceiveAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var read = await _input.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            if (TryReadFrame(ref buffer, out var message))
            {
                _input.AdvanceTo(buffer.Start);
                return message;
            }

            if (read.IsCompleted)
            {
                _input.AdvanceTo(buffer.End);
                return buffer.IsEmpty ? null : throw new InvalidDataException("The channel closed in the middle of a frame.");
            }

            _input.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Stops sending (what is queued is still written) and waits for the writer.</summary>
    public async ValueTask DisposeAsync()
    {
        _outgoing.Writer.TryComplete();
        try
        {
            await _writing.ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The other end is gone; nothing left to deliver.
        }

        await _input.CompleteAsync().ConfigureAwait(false);
    }

    private static bool TryReadFrame(ref ReadOnlySequence<byte> buffer, out WorkerMessage? message)
    {
        message = null;
        if (buffer.Length < LengthPrefixBytes)
        {
            return false;
        }

        Span<byte> prefix = stackalloc byte[LengthPrefixBytes];
        buffer.Slice(0, LengthPrefixBytes).CopyTo(prefix);
        var length = BinaryPrimitives.ReadInt32BigEndian(prefix);
        if (length is <= 0 or > MaxFrameBytes)
        {
            throw new InvalidDataException($"A frame of {length} bytes is outside 1..{MaxFrameBytes}.");
        }

        if (buffer.Length < LengthPrefixBytes + length)
        {
            return false;
        }

        var payload = buffer.Slice(LengthPrefixBytes, length);
        try
        {
            message = MessagePackSerializer.Deserialize<WorkerMessage>(payload, Options);
        }
        catch (MessagePackSerializationException e)
        {
            throw new InvalidDataException("A frame did not decode as a worker message.", e);
        }

        buffer = buffer.Slice(payload.End);
        return message is not null ? true : throw new InvalidDataException("A frame decoded as nil.");
    }

    private async Task WriteLoopAsync()
    {
        var batch = new MemoryStream();
        var placeholder = new byte[LengthPrefixBytes];
        var reader = _outgoing.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.SetLength(0);
            while (batch.Length < BatchFlushBytes && reader.TryRead(out var message))
            {
                var start = batch.Length;
                batch.Write(placeholder);
                MessagePackSerializer.Serialize(batch, message, Options);
                var length = checked((int)(batch.Length - start - LengthPrefixBytes));
                BinaryPrimitives.WriteInt32BigEndian(batch.GetBuffer().AsSpan((int)start, LengthPrefixBytes), length);
            }

            await _output.WriteAsync(batch.GetBuffer().AsMemory(0, (int)batch.Length)).ConfigureAwait(false);
            await _output.FlushAsync().ConfigureAwait(false);
        }
    }
}
