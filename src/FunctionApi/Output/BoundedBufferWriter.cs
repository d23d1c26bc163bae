using System.Buffers;

namespace ScriptHost.Functions.Output;

/// <summary>
/// A growable byte buffer that asks an <see cref="IOutputBudget"/> before it takes more bytes: every advance must fit
/// the output left, every growth the memory left. It hands out spans of at most <see cref="ChunkBytes"/> (or the
/// size asked for), so a writer filling it comes back — and is checked — at least that often, and the buffer never
/// grows much past what the budget accepted. Hand-written because <see cref="ArrayBufferWriter{T}"/> is sealed.
/// </summary>
internal sealed class BoundedBufferWriter(IOutputBudget? budget) : IBufferWriter<byte>
{
    public const int ChunkBytes = 16 * 1024;
    private const int MinimumCapacity = 256;

    private byte[] _buffer = [];
    private int _written;

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    /// <summary>How many bytes were written.</summary>
    public int WrittenCount => _written;

    /// <summary>A copy of the bytes written, sized exactly.</summary>
    public byte[] ToArray() => WrittenSpan.ToArray();

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _written);
        budget?.EnsureOutputFits((long)_written + count);
        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var length = Reserve(sizeHint);
        return _buffer.AsMemory(_written, length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var length = Reserve(sizeHint);
        return _buffer.AsSpan(_written, length);
    }

    /// <summary>Makes room for at least <paramref name="sizeHint"/> bytes and returns how many to hand out.</summary>
    private int Reserve(int sizeHint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sizeHint);
        var wanted = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written < wanted)
        {
            var capacity = (int)Math.Min(Array.MaxLength, Math.Max((long)_written + wanted, Math.Max(_buffer.Length * 2L, MinimumCapacity)));
            if (capacity - _written < wanted)
            {
                throw new OutOfMemoryException("The output buffer cannot grow that large.");
            }

            budget?.EnsureMemoryFits(capacity);
            Array.Resize(ref _buffer, capacity);
        }

        return Math.Min(_buffer.Length - _written, Math.Max(wanted, ChunkBytes));
    }
}
