using System.CommandLine;
using System.Globalization;
using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.Output;

namespace ScriptHost.Cli.Commands;

/// <summary><c>scripthost list functions|assets|env|builds|environments [--env e]</c>: a table, or the API's JSON.</summary>
internal static class ListCommand
{
    private const string SecretMask = "••••••";

    public static Command Create()
    {
        var command = new Command("list", "List what the service has on the server.");
        command.Subcommands.Add(Sub("functions", "Functions with their path, visibility and URL.", "The environment whose live build to list [default: production].", async (context, connection, environment, cancellationToken) =>
        {
            var functions = await connection.Client.ListFunctionsAsync(connection.Service, environment, cancellationToken);
            Write(context, functions, ["path", "visibility", "version", "url"], functions.Select(function => Row(function.Path, Lower(function.Visibility), Number(function.ActiveVersion), function.Url)));
        }));
        command.Subcommands.Add(Sub("assets", "Assets with their path, visibility, size and SHA-256.", "The environment whose live build to list [default: production].", async (context, connection, environment, cancellationToken) =>
        {
            var assets = await connection.Client.ListAssetsAsync(connection.Service, environment, cancellationToken);
            Write(context, assets, ["path", "visibility", "type", "bytes", "sha256"], assets.Select(asset => Row(asset.Path, Lower(asset.Visibility), asset.ContentType, Number(asset.Length), asset.Sha256[..12])));
        }));
        command.Subcommands.Add(Sub("env", "Variables (secret values hidden).", "The environment whose variables to list, defaults included [default: the service's defaults].", async (context, connection, environment, cancellationToken) =>
        {
            var variables = environment is null
                ? await connection.Client.ListServiceVariablesAsync(connection.Service, cancellationToken)
                : await connection.Client.ListEnvironmentVariablesAsync(connection.Service, environment, effective: true, cancellationToken);
            Write(context, variables, ["name", "value", "secret"], variables.Select(variable => Row(variable.Name, variable.Secret ? SecretMask : variable.Value, variable.Secret ? "yes" : "no")));
        }));
        command.Subcommands.Add(Sub("builds", "Builds, newest first, with their status.", null, async (context, connection, _, cancellationToken) =>
        {
            var builds = await connection.Client.ListBuildsAsync(connection.Service, cancellationToken: cancellationToken);
            Write(context, builds, ["id", "status", "origin", "created", "functions", "assets", "diagnostics"], builds.Select(build => Row(
                Number(build.Id), Lower(build.Status), Lower(build.Origin), build.CreatedAt.ToString("u", CultureInfo.InvariantCulture), Number(build.FunctionCount), Number(build.AssetCount), Number(build.DiagnosticCount))));
        }));
        command.Subcommands.Add(Sub("environments", "Environments with their live build and URL.", null, async (context, connection, _, cancellationToken) =>
        {
            var environments = await connection.Client.ListEnvironmentsAsync(connection.Service, cancellationToken);
            Write(context, environments, ["name", "build", "deployment", "url"], environments.Select(environment => Row(
                environment.Name, environment.LiveBuildId is { } build ? Number(build) : null, environment.LiveDeploymentId is { } deployment ? Number(deployment) : null, environment.Urls.Host ?? environment.Urls.Path)));
        }));
        HelpExamples.Add(command, "scripthost list functions --env dev", "scripthost list builds --output json");
        return command;
    }

    private static Command Sub(string name, string description, string? environmentDescription, Func<CliContext, Connection, string?, CancellationToken, Task> list)
    {
        var sub = new Command(name, description);
        Option<string?>? environment = null;
        if (environmentDescription is not null)
        {
            environment = CommandOptions.Environment(environmentDescription);
            sub.Options.Add(environment);
        }

        CommandActions.Set(sub, async (context, cancellationToken) =>
        {
            using var connection = context.Connect();
            await list(context, connection, environment is null ? null : context.Value(environment), cancellationToken);
            return ExitCodes.Success;
        });
        return sub;
    }

    private static void Write<T>(CliContext context, IReadOnlyList<T> items, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        if (context.Format == OutputFormat.Json)
        {
            JsonOutput.Write(context.Terminal.Out, items);
        }
        else
        {
            TableRenderer.Write(context.Terminal.Out, headers, rows, context.Terminal.UseColour);
        }
    }

    private static IReadOnlyList<string?> Row(params string?[] cells) => cells;

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Lower<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();
}
