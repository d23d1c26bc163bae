using System.CommandLine;

namespace ScriptHost.Cli.Commands;

/// <summary><c>scripthost rollback [--env e]</c>: redeploys the environment's previous build.</summary>
internal static class RollbackCommand
{
    public static Command Create()
    {
        var environment = CommandOptions.Environment("The environment to roll back.", "production");
        var command = new Command("rollback", "Deploy the build an environment ran before its current one (the previous distinct build in its deployment history).")
        {
            environment,
        };
        HelpExamples.Add(command, "scripthost rollback", "scripthost rollback --env dev");
        CommandActions.NeedsClient(command, "rollback");
        return command;
    }
}
