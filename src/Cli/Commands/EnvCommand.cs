using System.CommandLine;

namespace ScriptHost.Cli.Commands;

/// <summary>
/// <c>scripthost env list|get|set|unset|import</c>: the service's variables. Without <c>--env</c> they are the service's
/// defaults; with it, that environment's own values, which override the defaults.
/// </summary>
internal static class EnvCommand
{
    private const string EnvironmentHelp = "The environment whose variables to work on [default: the service's defaults, which every environment inherits].";

    public static Command Create()
    {
        var command = new Command("env", "Read and change the service's variables (what functions see as Context.Env). Names containing TOKEN, SECRET, KEY or PASSWORD are secret: stored, never shown.");

        var list = new Command("list", "List the variables (secret values hidden).") { CommandOptions.Environment(EnvironmentHelp) };
        CommandActions.NeedsClient(list, "env list");

        var name = new Argument<string>("name") { Description = "The variable's name, e.g. BUSINESS_NAME." };
        var get = new Command("get", "Print one variable's value (secret ones included: this is how to read one back).") { name, CommandOptions.Environment(EnvironmentHelp) };
        CommandActions.NeedsClient(get, "env get");

        var assignments = new Argument<string[]>("assignments") { Description = "NAME=value pairs.", Arity = ArgumentArity.OneOrMore, HelpName = "NAME=value" };
        assignments.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(token => !token.Value.Contains('=', StringComparison.Ordinal)))
            {
                result.AddError($"'{token.Value}' is not NAME=value.");
            }
        });
        var set = new Command("set", "Set one or more variables.") { assignments, CommandOptions.Environment(EnvironmentHelp) };
        CommandActions.NeedsClient(set, "env set");

        var names = new Argument<string[]>("names") { Description = "The variables to remove.", Arity = ArgumentArity.OneOrMore };
        var unset = new Command("unset", "Remove one or more variables.") { names, CommandOptions.Environment(EnvironmentHelp) };
        CommandActions.NeedsClient(unset, "env unset");

        var file = new Argument<string>("file") { Description = "The .env file to read.", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => ".env" };
        var import = new Command("import", "Set every variable of a .env file (KEY=value lines; quotes, comments and 'export' understood).") { file, CommandOptions.Environment(EnvironmentHelp) };
        CommandActions.NeedsClient(import, "env import");

        command.Subcommands.Add(list);
        command.Subcommands.Add(get);
        command.Subcommands.Add(set);
        command.Subcommands.Add(unset);
        command.Subcommands.Add(import);
        HelpExamples.Add(command, "scripthost env set BUSINESS_NAME=\"Ada's Bikes\" OPENING_HOURS=9-17", "scripthost env import .env.production --env production", "scripthost env list --env dev");
        return command;
    }
}
