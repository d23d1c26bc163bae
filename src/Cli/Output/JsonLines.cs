using System.Text.Json;
using ScriptHost.Api.Client.Logs;

namespace ScriptHost.Cli.Output;

/// <summary>
/// <c>--output json</c> for commands that run until ctrl+C (<c>logs --tail</c>, <c>start</c>): one JSON object per
/// line, <c>{"type": …, "data": …}</c>, in the API's JSON, flushed as it happens, so a script reads events as they come.
/// </summary>
internal static class JsonLines
{
    private static readonly JsonSerializerOptions s_oneLine = new(JsonOutput.Options) { WriteIndented = false };

    public static void Write(TextWriter writer, string type, object? data)
    {
        writer.WriteLine(JsonSerializer.Serialize(new { type, data }, s_oneLine));
        writer.Flush();
    }

    /// <summary>A tail event as the server's stream names it: <c>log</c> with the line, <c>invocation</c> with the record.</summary>
    public static void Write(TextWriter writer, TailEvent tailEvent)
    {
        switch (tailEvent)
        {
            case TailEvent.LogLine line:
                Write(writer, LogTail.LogEventType, line.Entry);
                break;
            case TailEvent.InvocationEnded ended:
                Write(writer, LogTail.InvocationEventType, ended.Record);
                break;
            default:
                throw new InvalidOperationException($"Unknown tail event {tailEvent}.");
        }
    }
}
