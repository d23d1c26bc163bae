using System.CommandLine;
using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.Output;

namespace ScriptHost.Cli.Commands;

/// <summary><c>scripthost rollback [--env e]</c>: redeploys the environment's previous build.</summary>
internal static class RollbackCommand
{
    private const int HistoryPage = 100;

    public static Command Create()
    {
        var environment = CommandOptions.Environment("The environment to roll back.", "production");
        var to = new Option<int?>("--to")
        {
            Description = "The build to deploy instead [default: the build deployed there before the live one].",
            HelpName = "buildId",
        };
        var command = new Command("rollback", "Deploy the build an environment ran before its current one (the previous distinct build in its deployment history).")
        {
            environment,
            to,
        };
        HelpExamples.Add(command, "scripthost rollback", "scripthost rollback --env dev", "scripthost rollback --to 12");
        CommandActions.Set(command, async (context, cancellationToken) =>
        {
            using var connection = context.Connect();
            await ServiceAccess.EnsureAsync(connection, cancellationToken);
            var name = context.Value(environment)!;
            var target = await connection.Client.GetEnvironmentAsync(connection.Service, name, cancellationToken);
            var buildId = context.Value(to) ?? await PreviousBuildAsync(connection, name, target.LiveBuildId, cancellationToken);
            var deployment = await connection.Client.DeployBuildAsync(connection.Service, name, buildId, cancellationToken);
            if (context.Format == OutputFormat.Json)
            {
                JsonOutput.Write(context.Terminal.Out, new { environment = name, fromBuildId = target.LiveBuildId, toBuildId = buildId, deploymentId = deployment.Id });
            }
            else
            {
                context.Say($"Rolled back {name} from build {target.LiveBuildId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"} to build {buildId} (deployment {deployment.Id}).");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The newest build in the environment's deployment history that is not the live one.</summary>
    private static async Task<int> PreviousBuildAsync(Connection connection, string environment, int? liveBuildId, CancellationToken cancellationToken)
    {
        int? before = null;
        while (true)
        {
            var page = await connection.Client.ListDeploymentsAsync(connection.Service, environment, HistoryPage, before, cancellationToken);
            if (page.FirstOrDefault(deployment => deployment.BuildId != liveBuildId) is { } previous)
            {
                return previous.BuildId;
            }

            if (page.Count < HistoryPage)
            {
                throw new CliException($"{environment} has no earlier build to roll back to (its deployment history has only build {liveBuildId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}).");
            }

            before = page[^1].Id;
        }
    }
}
