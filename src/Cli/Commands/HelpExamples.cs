using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace ScriptHost.Cli.Commands;

/// <summary>
/// Adds an "Examples:" section to a command's help (System.CommandLine's help has none): the default help first, then
/// the examples registered for that command.
/// </summary>
internal sealed class HelpExamples(HelpAction defaultHelp) : SynchronousCommandLineAction
{
    private static readonly Dictionary<Command, string[]> s_examples = [];

    public static void Add(Command command, params string[] examples) => s_examples[command] = examples;

    /// <summary>Wraps the root's <c>--help</c> action (the help option is recursive, so this covers every command).</summary>
    public static void Install(Command root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpExamples((HelpAction)help.Action!);
    }

    public override int Invoke(ParseResult parseResult)
    {
        var exitCode = defaultHelp.Invoke(parseResult);
        if (s_examples.TryGetValue(parseResult.CommandResult.Command, out var examples))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var example in examples)
            {
                output.WriteLine($"  {example}");
            }

            output.WriteLine();
        }

        return exitCode;
    }
}
