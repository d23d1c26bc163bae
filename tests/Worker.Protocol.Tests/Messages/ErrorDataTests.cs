using System.IO.Pipelines;
using MessagePack;
using ScriptHost.Worker.Protocol.Framing;
using ScriptHost.Worker.Protocol.Messages;

namespace ScriptHost.Worker.Protocol.Tests.Messages;

/// <summary>
/// <see cref="ErrorData"/> carries the shared code file an error was thrown in (Key 4) across the channel, and a message
/// written before that key existed still reads, with no file.
/// </summary>
public sealed class ErrorDataTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("lib/greeter.cs")]
    [InlineData(null)]
    public async Task Send_InvocationFinishedWithAnError_ArrivesWithItsFile(string? file)
    {
        var error = new ErrorData("System.InvalidOperationException", "no greeting", 3, 9, file);

        var arrived = await RoundTripAsync(new InvocationFinished(7, InvocationOutcome.Faulted, null, error, 1234, false, false));

        Assert.Equal(error, Assert.IsType<InvocationFinished>(arrived).Error);
    }

    [Fact]
    public void Deserialize_ErrorWrittenWithoutKey4_ReadsWithNoFile()
    {
        var before = MessagePackSerializer.Serialize(new ErrorDataBeforeFile("System.Exception", "boom", 2, 5));

        var read = MessagePackSerializer.Deserialize<ErrorData>(before);

        Assert.Equal(new ErrorData("System.Exception", "boom", 2, 5, null), read);
    }

    private static async Task<WorkerMessage> RoundTripAsync(WorkerMessage message)
    {
        var wire = new Pipe();
        var arrived = new TaskCompletionSource<WorkerMessage>();
        using var sender = new FrameChannel(Stream.Null, wire.Writer.AsStream(), _ => { }, _ => { });
        using var receiver = new FrameChannel(wire.Reader.AsStream(), Stream.Null, received => arrived.TrySetResult(received), _ => { });
        receiver.Start();

        Assert.True(sender.Send(message));
        return await arrived.Task.WaitAsync(Patience);
    }

    /// <summary>The error's wire shape before Key 4 (the file) was added.</summary>
    [MessagePackObject]
    public sealed record ErrorDataBeforeFile(
        [property: Key(0)] string Type,
        [property: Key(1)] string Message,
        [property: Key(2)] int? Line,
        [property: Key(3)] int? Column);
}
