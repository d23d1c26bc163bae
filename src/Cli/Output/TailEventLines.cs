using System.Globalization;
using ScriptHost.Api.Client.Logs;

namespace ScriptHost.Cli.Output;

/// <summary>
/// One line per event of the live log tail: <c>12:03:04 /sms info  message</c> for a log line,
/// <c>12:03:04 /sms 200 succeeded 12 ms</c> when an invocation ends (with its error, at its line, when it failed).
/// </summary>
internal static class TailEventLines
{
    public static string Format(TailEvent tailEvent, bool useColour) => tailEvent switch
    {
        TailEvent.LogLine { Entry: var entry } =>
            $"{Time(entry.Timestamp)} {entry.Function} {Level(entry.Level.ToString().ToLowerInvariant(), useColour)} {entry.Message}",
        TailEvent.InvocationEnded { Record: var record } =>
            $"{Time(record.Timestamp)} {record.Function} {Status(record.HttpStatus, useColour)} {record.Status.ToString().ToLowerInvariant()} {record.DurationMs.ToString("0", CultureInfo.InvariantCulture)} ms{Error(record.Error)}",
        _ => tailEvent.ToString(),
    };

    private static string Time(DateTimeOffset timestamp) => timestamp.ToLocalTime().ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Level(string level, bool useColour) => level switch
    {
        "error" => Colour.Red(level.PadRight(5), useColour),
        "warn" => Colour.Yellow(level.PadRight(5), useColour),
        _ => level.PadRight(5),
    };

    private static string Status(int status, bool useColour) =>
        status >= 400 ? Colour.Red(status.ToString(CultureInfo.InvariantCulture), useColour) : Colour.Green(status.ToString(CultureInfo.InvariantCulture), useColour);

    private static string Error(Api.Contracts.Logs.InvocationErrorDto? error) => error is null
        ? ""
        : $" — {error.Type}: {error.Message}{(error.Line is { } line ? $" at {error.File ?? "line"}:{line}:{error.Column}" : "")}";
}
