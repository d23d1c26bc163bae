using System.CommandLine;

namespace ScriptHost.Cli.Commands;

/// <summary><c>scripthost logs [--tail] [--function f] [--level l] [--env e]</c>.</summary>
internal static class LogsCommand
{
    public static Command Create()
    {
        var tail = new Option<bool>("--tail", "-f") { Description = "Keep printing new lines as they are written (the server's event stream, not polling). Stop with ctrl+C." };
        var function = new Option<string?>("--function") { Description = "Only this function's lines, e.g. /sms.", HelpName = "path" };
        var level = new Option<string?>("--level") { Description = "Only lines at this level or above.", HelpName = "level" };
        level.AcceptOnlyFromAmong("debug", "information", "warning", "error");
        var environment = CommandOptions.Environment("Only this environment's lines [default: every environment].");
        var since = new Option<string?>("--since") { Description = "Only lines newer than this: a duration (10m, 2h, 1d) or a timestamp.", HelpName = "when" };
        var limit = new Option<int>("--limit", "-n") { Description = "At most this many lines (before --tail starts).", DefaultValueFactory = _ => 100 };
        var command = new Command("logs", "Print the service's function log lines, newest last.")
        {
            tail,
            function,
            level,
            environment,
            since,
            limit,
        };
        HelpExamples.Add(command, "scripthost logs --tail", "scripthost logs --function /sms --level warning --since 1h", "scripthost logs --env dev --output json");
        CommandActions.NeedsClient(command, "logs");
        return command;
    }
}
