using System.CommandLine;

namespace ScriptHost.Cli.Commands;

/// <summary><c>scripthost deploy [--env dev] [--prune]</c>: one build from the folder, then a deployment.</summary>
internal static class DeployCommand
{
    public const string DefaultEnvironment = "dev";

    public static Command Create()
    {
        var environment = CommandOptions.Environment("The environment to deploy to (created if it does not exist yet).", DefaultEnvironment);
        var prune = new Option<bool>("--prune")
        {
            Description = "Remove functions, assets and shared code the folder no longer has. Without it they stay deployed and are listed as 'would be removed'.",
        };
        var command = new Command(
            "deploy",
            "Build this folder on the server and deploy the build to an environment. Only what changed is uploaded (by SHA-256); compile errors are printed as file:line:col and nothing is deployed. Then sets the environment's variables from .env and .env.<env>.")
        {
            environment,
            prune,
        };
        HelpExamples.Add(command, "scripthost deploy", "scripthost deploy --env production --prune", "SCRIPTHOST_URL=https://functions.example.com SCRIPTHOST_KEY=$KEY scripthost deploy --output json");
        CommandActions.NeedsClient(command, "deploy");
        return command;
    }
}
