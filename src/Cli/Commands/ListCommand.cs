using System.CommandLine;

namespace ScriptHost.Cli.Commands;

/// <summary><c>scripthost list functions|assets|env|builds|environments [--env e]</c>.</summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var command = new Command("list", "List what the service has on the server.");
        command.Subcommands.Add(Sub("functions", "Functions with their path, visibility and URL.", "The environment whose live build to list [default: the service's functions]."));
        command.Subcommands.Add(Sub("assets", "Assets with their path, visibility, size and SHA-256.", "The environment whose live build to list [default: the service's assets]."));
        command.Subcommands.Add(Sub("env", "Variables (secret values hidden).", "The environment whose variables to list, defaults included [default: the service's defaults]."));
        command.Subcommands.Add(Sub("builds", "Builds, newest first, with their status.", null));
        command.Subcommands.Add(Sub("environments", "Environments with their live build and URL.", null));
        HelpExamples.Add(command, "scripthost list functions --env dev", "scripthost list builds --output json");
        return command;
    }

    private static Command Sub(string name, string description, string? environmentDescription)
    {
        var sub = new Command(name, description);
        if (environmentDescription is not null)
        {
            sub.Options.Add(CommandOptions.Environment(environmentDescription));
        }

        CommandActions.NeedsClient(sub, $"list {name}");
        return sub;
    }
}
