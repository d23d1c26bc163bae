using System.Text;
using ScriptHost.Functions;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Worker.Protocol.Framing;
using ScriptHost.Worker.Protocol.Messages;

namespace ScriptHost.Worker.HostApis;

/// <summary>
/// A function's <c>Log</c> in a worker: lines go to the host, which escapes, keeps, journals and streams them as for
/// an in-process function. Counting and charging happen here, where the budget is: a line is charged to the output
/// budget before it is sent, and lines past the host's cap are not sent at all, so a chatty loop cannot flood the
/// channel.
/// </summary>
internal sealed class RemoteLog(FrameChannel channel, long invocationId, int maxLines) : IFunctionLog
{
    // The host keeps at most this many characters of a line; charging more than it keeps would be unfair.
    private const int MaxLineLength = 4096;
    private int _count;

    public void Info(string message) => Write(0, message);

    public void Warn(string message) => Write(1, message);

    public void Error(string message) => Write(2, message);

    private void Write(int level, string? message)
    {
        message ??= string.Empty;
        var count = Interlocked.Increment(ref _count);
        if (count > maxLines + 1)
        {
            return;
        }

        // The line after the cap still goes: the host answers it with its "log capped" note.
        var charged = Encoding.UTF8.GetByteCount(message.AsSpan(0, Math.Min(message.Length, MaxLineLength)));
        if (count <= maxLines && InvocationBudget.Current is { } budget && !budget.TryChargeOutput(charged))
        {
            return;
        }

        channel.Send(new FunctionLogLine(invocationId, level, message.Length > MaxLineLength ? message[..MaxLineLength] : message));
    }
}
