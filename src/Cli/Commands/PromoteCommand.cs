using System.CommandLine;
using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.Output;

namespace ScriptHost.Cli.Commands;

/// <summary><c>scripthost promote --from dev --to production</c>: deploys the build one environment runs to another.</summary>
internal static class PromoteCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The environment whose live build to promote.", HelpName = "env", Required = true };
        var to = new Option<string>("--to") { Description = "The environment to deploy that build to.", HelpName = "env", Required = true };
        var command = new Command("promote", "Deploy the exact build one environment runs to another — no rebuild, so what was tried is what ships.")
        {
            from,
            to,
        };
        HelpExamples.Add(command, "scripthost promote --from dev --to production");
        CommandActions.Set(command, async (context, cancellationToken) =>
        {
            using var connection = context.Connect();
            await ServiceAccess.EnsureAsync(connection, cancellationToken);
            var deployment = await connection.Client.PromoteAsync(connection.Service, context.Value(from)!, context.Value(to)!, cancellationToken);
            if (context.Format == OutputFormat.Json)
            {
                JsonOutput.Write(context.Terminal.Out, deployment);
            }
            else
            {
                context.Say($"Promoted build {deployment.BuildId} from {deployment.FromEnvironment ?? context.Value(from)} to {deployment.Environment} (deployment {deployment.Id}).");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
