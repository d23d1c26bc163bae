using System.CommandLine;
using System.Text.Json;
using ScriptHost.Api.Client.Logs;
using ScriptHost.Api.Contracts.Logs;
using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.Logs;
using ScriptHost.Cli.Output;

namespace ScriptHost.Cli.Commands;

/// <summary>
/// <c>scripthost logs [--tail] [--function f] [--level l] [--env e] [--since s] [--limit n]</c>: the stored lines,
/// oldest first; with <c>--tail</c>, then every new line and invocation end as the server streams it (SSE, no polling).
/// </summary>
internal static class LogsCommand
{

    public static Command Create()
    {
        var tail = new Option<bool>("--tail", "-f") { Description = "Then keep printing new lines and each invocation's end as they happen (the server's event stream, not polling), until ctrl+C. With --output json: one JSON object per line." };
        var function = new Option<string?>("--function") { Description = "Only this function's lines, e.g. /sms.", HelpName = "path" };
        var level = new Option<string?>("--level") { Description = "Only lines at this level or above.", HelpName = "info|warn|error" };
        level.AcceptOnlyFromAmong("info", "warn", "error");
        var environment = CommandOptions.Environment("Only this environment's lines [default: every environment].");
        var since = new Option<string?>("--since") { Description = "Only lines newer than this: a duration (30s, 10m, 2h, 1d) or a timestamp.", HelpName = "when" };
        since.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !SinceValue.TryParse(text, DateTimeOffset.UtcNow, out _))
            {
                result.AddError($"'{text}' is neither a duration (30s, 10m, 2h, 1d) nor a timestamp (2026-12-01T08:00:00Z).");
            }
        });
        var limit = new Option<int>("--limit", "-n") { HelpName = "n", Description = "At most this many stored lines, the newest (1-1000; printed before --tail starts).", DefaultValueFactory = _ => 100 };
        var command = new Command("logs", "Print the service's function log lines, oldest first (time, environment, function, level, message).")
        {
            tail,
            function,
            level,
            environment,
            since,
            limit,
        };
        HelpExamples.Add(command, "scripthost logs --tail", "scripthost logs --function /sms --level warn --since 1h", "scripthost logs --env dev --output json");
        CommandActions.Set(command, async (context, cancellationToken) =>
        {
            var minimum = context.Value(level) is { } name ? Enum.Parse<FunctionLogLevel>(name, ignoreCase: true) : (FunctionLogLevel?)null;
            DateTimeOffset? from = context.Value(since) is { } text && SinceValue.TryParse(text, DateTimeOffset.UtcNow, out var parsed) ? parsed : null;
            using var connection = context.Connect();

            // The tail is opened before the stored lines are read, so nothing falls between the two; what both have is
            // printed once.
            await using var stream = context.Value(tail)
                ? await connection.Client.OpenLogStreamAsync(connection.Service, new LogTailFilter(context.Value(function), minimum, context.Value(environment)), cancellationToken)
                : null;
            var stored = await connection.Client.QueryLogsAsync(
                connection.Service, new LogQuery(context.Value(function), minimum, from, context.Value(limit), context.Value(environment)), cancellationToken);
            var oldestFirst = stored.Reverse().ToList();
            if (stream is null)
            {
                WriteStored(context, oldestFirst);
                return ExitCodes.Success;
            }

            foreach (var entry in oldestFirst)
            {
                WriteTailed(context, new TailEvent.LogLine(entry));
            }

            return await FollowAsync(context, stream, connection.Service, [.. oldestFirst], cancellationToken);
        });
        return command;
    }

    private static void WriteStored(CliContext context, IReadOnlyList<LogEntryDto> entries)
    {
        if (context.Format == OutputFormat.Json)
        {
            JsonOutput.Write(context.Terminal.Out, entries);
        }
        else if (entries.Count == 0)
        {
            context.Say("No log lines.");
        }
        else
        {
            TableRenderer.Write(
                context.Terminal.Out,
                ["Time", "Env", "Function", "Level", "Message"],
                entries.Select(entry => (IReadOnlyList<string?>)[TailLineFormatter.Time(entry.Timestamp), entry.Environment, entry.Function, TailLineFormatter.Level(entry.Level), entry.Message]),
                context.Terminal.UseColour);
        }
    }

    private static async Task<int> FollowAsync(CliContext context, LogStream stream, string service, HashSet<LogEntryDto> alreadyShown, CancellationToken cancellationToken)
    {
        context.Terminal.Error.WriteLine($"Tailing the logs of '{service}' (ctrl+C to stop).");
        try
        {
            await foreach (var tailEvent in stream.ReadAllAsync(cancellationToken))
            {
                if (tailEvent is TailEvent.LogLine { Entry: var entry } && alreadyShown.Remove(entry))
                {
                    continue;
                }

                WriteTailed(context, tailEvent);
            }
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Interrupted;
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Interrupted;
        }

        throw new CliException("the server closed the log stream.");
    }

    private static void WriteTailed(CliContext context, TailEvent tailEvent)
    {
        var output = context.Terminal.Out;
        if (context.Format == OutputFormat.Json)
        {
            JsonLines.Write(output, tailEvent);
        }
        else
        {
            output.WriteLine(tailEvent switch
            {
                TailEvent.LogLine line => TailLineFormatter.Line(line.Entry, context.Terminal.UseColour),
                TailEvent.InvocationEnded ended => TailLineFormatter.Line(ended.Record, context.Terminal.UseColour),
                _ => throw new InvalidOperationException($"Unknown tail event {tailEvent}."),
            });
        }

        // Piped output is block-buffered; a tail is read as it happens.
        output.Flush();
    }
}
