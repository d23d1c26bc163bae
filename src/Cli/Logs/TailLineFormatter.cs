using System.Globalization;
using ScriptHost.Api.Contracts.Logs;
using ScriptHost.Cli.Output;

namespace ScriptHost.Cli.Logs;

/// <summary>
/// One line per event of the live tail, in the columns <c>scripthost logs</c> prints stored lines in (time,
/// environment, function, level, message); an invocation's end reads <c>→ 200 succeeded 12 ms</c> in the message column.
/// </summary>
internal static class TailLineFormatter
{
    public const string TimeFormat = "yyyy-MM-dd HH:mm:ss.fff'Z'";

    public static string Time(DateTimeOffset timestamp) => timestamp.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static string Level(FunctionLogLevel level) => level.ToString().ToLowerInvariant();

    public static string Line(LogEntryDto entry, bool useColour) =>
        $"{Time(entry.Timestamp)}  {entry.Environment}  {entry.Function}  {Coloured(entry.Level, useColour)}  {entry.Message.ReplaceLineEndings(" ")}";

    public static string Line(InvocationRecordDto record, bool useColour)
    {
        var outcome = $"→ {record.HttpStatus} {Status(record.Status)} {record.DurationMs.ToString("0", CultureInfo.InvariantCulture)} ms";
        if (record.Error is { } error)
        {
            var at = error.Line is { } line ? $" at {error.File ?? record.Function}:{line}:{error.Column}" : string.Empty;
            outcome += $": {error.Type}{(error.Message is null ? string.Empty : ": " + error.Message)}{at}";
        }

        var shown = record.Status == InvocationStatus.Succeeded ? outcome : Colour.Red(outcome, useColour);
        return $"{Time(record.Timestamp)}  {record.Environment}  {record.Function}  {shown.ReplaceLineEndings(" ")}";
    }

    private static string Status(InvocationStatus status) => char.ToLowerInvariant(status.ToString()[0]) + status.ToString()[1..];

    private static string Coloured(FunctionLogLevel level, bool useColour) => level switch
    {
        FunctionLogLevel.Error => Colour.Red(Level(level), useColour),
        FunctionLogLevel.Warn => Colour.Yellow(Level(level), useColour),
        _ => Level(level),
    };
}
