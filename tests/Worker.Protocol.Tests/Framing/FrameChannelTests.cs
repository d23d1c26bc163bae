using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.IO.Pipelines;
using ScriptHost.Worker.Protocol.Framing;
using ScriptHost.Worker.Protocol.Messages;

namespace ScriptHost.Worker.Protocol.Tests.Framing;

/// <summary>The channel over a pair of in-memory pipes: what one end sends, the other receives, and bad frames end reading.</summary>
public sealed class FrameChannelTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Send_FromManyThreadsAtOnce_EveryMessageArrivesIntactInEachThreadsOrder()
    {
        var wire = new Pipe();
        var received = new ConcurrentQueue<WorkerMessage>();
        var allArrived = new TaskCompletionSource();
        const int threads = 8, perThread = 2_000;
        using var sender = new FrameChannel(Stream.Null, wire.Writer.AsStream(), _ => { }, _ => { });
        using var receiver = new FrameChannel(wire.Reader.AsStream(), Stream.Null, message =>
        {
            received.Enqueue(message);
            if (received.Count == threads * perThread)
            {
                allArrived.TrySetResult();
            }
        }, _ => { });
        receiver.Start();

        await Task.WhenAll(Enumerable.Range(0, threads).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < perThread; i++)
            {
                Assert.True(sender.Send(new FunctionLogLine(t, i, new string('x', i % 300))));
            }
        })));
        await allArrived.Task.WaitAsync(Patience);

        foreach (var group in received.Cast<FunctionLogLine>().GroupBy(line => line.InvocationId))
        {
            Assert.Equal(Enumerable.Range(0, perThread), group.Select(line => line.Level));
            Assert.All(group, line => Assert.Equal(line.Level % 300, line.Message.Length));
        }
    }

    [Fact]
    public async Task Send_AnImageBiggerThanThePipesBuffer_ArrivesWhole()
    {
        var wire = new Pipe(new PipeOptions(pauseWriterThreshold: 64 * 1024, resumeWriterThreshold: 32 * 1024));
        var arrived = new TaskCompletionSource<WorkerMessage>();
        using var sender = new FrameChannel(Stream.Null, wire.Writer.AsStream(), _ => { }, _ => { });
        using var receiver = new FrameChannel(wire.Reader.AsStream(), Stream.Null, message => arrived.TrySetResult(message), _ => { });
        receiver.Start();
        var image = Enumerable.Range(0, 3 * 1024 * 1024).Select(i => (byte)i).ToArray();

        await Task.Run(() => sender.Send(new UnloadFunction("warm-up")));
        var first = await arrived.Task.WaitAsync(Patience);
        arrived = new TaskCompletionSource<WorkerMessage>();
        await Task.Run(() => sender.Send(Invoke(image)));

        Assert.IsType<UnloadFunction>(first);
        var invoke = Assert.IsType<InvokeFunction>(await arrived.Task.WaitAsync(Patience));
        Assert.Equal(image, invoke.Image);
        Assert.Equal("secret", invoke.Environment["API_KEY"]); // sent as the host holds it (frozen), read back as a dictionary
    }

    [Theory]
    [InlineData(FrameChannel.MaxFrameBytes + 1)]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task Receive_FrameLengthOutsideTheLimit_EndsReadingWithInvalidData(int length)
    {
        var closed = await ReadRawAsync(writer =>
        {
            WritePrefix(writer, length);
        });

        Assert.IsType<InvalidDataException>(closed);
    }

    [Fact]
    public async Task Receive_PayloadThatIsNotAMessage_EndsReadingWithInvalidData()
    {
        var closed = await ReadRawAsync(writer =>
        {
            WritePrefix(writer, 3);
            writer.Write([0xc1, 0xc1, 0xc1]);
        });

        Assert.IsType<InvalidDataException>(closed);
    }

    [Fact]
    public async Task Receive_StreamEndingInsideAFrame_EndsReadingWithInvalidData()
    {
        var closed = await ReadRawAsync(writer =>
        {
            WritePrefix(writer, 100);
            writer.Write(new byte[10]);
        });

        Assert.IsType<InvalidDataException>(closed);
    }

    [Fact]
    public async Task Receive_StreamEndingBetweenFrames_EndsReadingCleanly()
    {
        var closed = await ReadRawAsync(_ => { });

        Assert.Null(closed);
    }

    [Fact]
    public void Send_AfterDispose_ReturnsFalse()
    {
        var channel = new FrameChannel(Stream.Null, new MemoryStream(), _ => { }, _ => { });
        channel.Dispose();

        Assert.False(channel.Send(new StopWorker()));
    }

    /// <summary>Writes raw bytes to a receiving channel, closes the stream, and returns what reading ended with.</summary>
    /// <summary>A frame's 4-byte big-endian length prefix.</summary>
    private static void WritePrefix(Stream writer, int length)
    {
        var prefix = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(prefix, length);
        writer.Write(prefix);
    }

    private static async Task<Exception?> ReadRawAsync(Action<Stream> write)
    {
        var wire = new Pipe();
        var closed = new TaskCompletionSource<Exception?>();
        using var receiver = new FrameChannel(wire.Reader.AsStream(), Stream.Null, _ => { }, failure => closed.TrySetResult(failure));
        receiver.Start();
        await using (var writer = wire.Writer.AsStream())
        {
            write(writer);
        }

        return await closed.Task.WaitAsync(Patience);
    }

    private static InvokeFunction Invoke(byte[] image) => new(
        1,
        "svc/f@1",
        "key",
        image,
        false,
        new FunctionIdentity("svc", "/f", "example.com"),
        new Dictionary<string, string>(StringComparer.Ordinal) { ["API_KEY"] = "secret" }.ToFrozenDictionary(StringComparer.Ordinal),
        new EventData([], null),
        new RequestData("POST", "/svc/f", [], [], string.Empty),
        new LimitsData(TimeSpan.FromSeconds(1).Ticks, 1, 1, 1, 1),
        10);
}
