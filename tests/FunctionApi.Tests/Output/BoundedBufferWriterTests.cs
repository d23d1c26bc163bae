using ScriptHost.Functions.Output;

namespace ScriptHost.FunctionApi.Tests.Output;

public sealed class BoundedBufferWriterTests
{
    [Fact]
    public void Advance_WithinTheBudget_KeepsEveryByteWritten()
    {
        var writer = new BoundedBufferWriter(new FakeOutputBudget(maxOutputBytes: 100));

        "hello"u8.CopyTo(writer.GetSpan(5));
        writer.Advance(5);

        Assert.Equal("hello"u8.ToArray(), writer.ToArray());
    }

    [Fact]
    public void Advance_PastTheOutputLeft_ThrowsTheBudgetsException()
    {
        var writer = new BoundedBufferWriter(new FakeOutputBudget(maxOutputBytes: 100));
        writer.GetSpan(100);
        writer.Advance(100);

        writer.GetSpan(1);

        Assert.Throws<OutputRefusedException>(() => writer.Advance(1));
    }

    [Fact]
    public void GetSpan_GrowthPastTheMemoryLeft_ThrowsBeforeAllocating()
    {
        var writer = new BoundedBufferWriter(new FakeOutputBudget(maxOutputBytes: long.MaxValue, maxMemoryBytes: 1024 * 1024));
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        Assert.Throws<OutputRefusedException>(() => writer.GetSpan(512 * 1024 * 1024));

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 1024 * 1024);
    }

    [Fact]
    public void GetSpan_LargeBuffer_HandsOutAtMostOneChunkBeyondTheSizeAsked()
    {
        var writer = new BoundedBufferWriter(budget: null);
        writer.GetSpan(10 * BoundedBufferWriter.ChunkBytes);
        writer.Advance(10 * BoundedBufferWriter.ChunkBytes);

        Assert.Equal(BoundedBufferWriter.ChunkBytes, writer.GetSpan().Length);
        Assert.Equal(3 * BoundedBufferWriter.ChunkBytes, writer.GetMemory(3 * BoundedBufferWriter.ChunkBytes).Length);
    }
}
