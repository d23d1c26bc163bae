using System.CommandLine;
using ScriptHost.Cli.Deploying;
using ScriptHost.Cli.Output;
using ScriptHost.Cli.Project;

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
        CommandActions.Set(command, async (context, cancellationToken) =>
        {
            using var connection = context.Connect();
            await ServiceAccess.EnsureAsync(connection, cancellationToken);
            var root = ProjectRoot.Find(context.Environment.CurrentDirectory);
            var deployer = new FolderDeployer(connection.Client, connection.Service, context.Terminal);
            DeployOutcome outcome;
            try
            {
                outcome = await deployer.DeployAsync(root, context.Value(environment)!, context.Value(prune), VariableTarget.Environment, cancellationToken);
            }
            catch (BuildFailedException failed)
            {
                foreach (var line in failed.Lines)
                {
                    context.Terminal.Error.WriteLine(line);
                }

                ErrorWriter.Write(context.Terminal, failed.Message);
                return Hosting.ExitCodes.Failure;
            }

            DeployReport.WriteWarnings(context.Terminal, outcome);
            if (context.Format == OutputFormat.Json)
            {
                JsonOutput.Write(context.Terminal.Out, DeployReport.Json(outcome));
            }
            else
            {
                DeployReport.WriteLines(context.Say, outcome, context.Terminal.UseColour);
            }

            return Hosting.ExitCodes.Success;
        });
        return command;
    }
}
