using System.CommandLine;
using System.CommandLine.Invocation;
using System.Runtime.InteropServices;
using ScriptHost.Cli.Commands;
using ScriptHost.Cli.Output;

namespace ScriptHost.Cli.Hosting;

/// <summary>
/// Parses the command line, reports usage errors (exit 2) itself so they read like every other error, and runs the
/// chosen command with a token that ctrl+C (or SIGTERM) cancels.
/// </summary>
internal static class CliApplication
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = CommandTree.Build();
        var parseResult = root.Parse(args);
        // With errors the parser's action is ParseErrorAction, unless --help or --version asked for something else.
        if (parseResult.Action is ParseErrorAction)
        {
            var terminal = Terminal.FromProcess();
            foreach (var parseError in parseResult.Errors)
            {
                ErrorWriter.Write(terminal, parseError.Message);
            }

            var commandName = string.Join(' ', [root.Name, .. CommandPath(parseResult.CommandResult.Command, root)]);
            Console.Error.WriteLine($"See '{commandName} --help'.");
            return ExitCodes.Usage;
        }

        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // The first ctrl+C asks the command to stop (child servers are shut down on the way out); a second one
            // ends the process the usual way.
            if (!cancellation.IsCancellationRequested)
            {
                e.Cancel = true;
                cancellation.Cancel();
            }
        };
        Console.CancelKeyPress += onCancel;
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            cancellation.Cancel();
        });
        try
        {
            var configuration = new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,

                // Cancellation is ours (above), so commands can stop children before the process ends.
                ProcessTerminationTimeout = null,
            };
            return await parseResult.InvokeAsync(configuration, cancellation.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static IEnumerable<string> CommandPath(Command command, Command root)
    {
        var path = new List<string>();
        for (var current = command; current is not null && current != root; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            path.Insert(0, current.Name);
        }

        return path;
    }
}
