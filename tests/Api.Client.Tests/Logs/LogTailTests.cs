using System.Text;
using ScriptHost.Api.Client.Logs;
using ScriptHost.Api.Contracts.Logs;

namespace ScriptHost.Api.Client.Tests.Logs;

public sealed class LogTailTests
{
    [Fact]
    public async Task ReadAsync_StreamWithCommentLogUnknownAndInvocation_YieldsTheLineAndTheRecordOnly()
    {
        const string Stream = """
            : tailing logs of svc

            event: log
            data: {"timestamp":"2026-01-02T03:04:05+00:00","level":"warn","function":"hello","version":1,"invocationId":"abc","message":"careful","environment":"dev"}

            event: something-newer
            data: {}

            event: invocation
            data: {"timestamp":"2026-01-02T03:04:05+00:00","function":"hello","version":1,"invocationId":"abc","status":"timedOut","httpStatus":504,"durationMs":10.5,"error":null,"environment":"dev"}


            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Stream.ReplaceLineEndings("\n")));

        var events = new List<TailEvent>();
        await foreach (var tailEvent in LogTail.ReadAsync(stream))
        {
            events.Add(tailEvent);
        }

        Assert.Equal(2, events.Count);
        var line = Assert.IsType<TailEvent.LogLine>(events[0]);
        Assert.Equal((FunctionLogLevel.Warn, "careful", "dev"), (line.Entry.Level, line.Entry.Message, line.Entry.Environment));
        var ended = Assert.IsType<TailEvent.InvocationEnded>(events[1]);
        Assert.Equal((InvocationStatus.TimedOut, 504), (ended.Record.Status, ended.Record.HttpStatus));
    }
}
