using System.CommandLine;
using ScriptHost.Api.Contracts.Variables;
using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.Output;
using ScriptHost.Cli.Project.DotEnv;
using ScriptHost.Cli.Variables;

namespace ScriptHost.Cli.Commands;

/// <summary>
/// <c>scripthost env list|get|set|unset|import</c>: the service's variables. Without <c>--env</c> they are the service's
/// defaults; with it, that environment's own values, which override the defaults.
/// </summary>
internal static class EnvCommand
{
    private const string EnvironmentHelp = "The environment whose variables to work on [default: the service's defaults, which every environment inherits].";
    private const string SecretShown = "(secret)";

    public static Command Create()
    {
        var command = new Command("env", "Read and change the service's variables (what functions see as Context.Env). Names containing TOKEN, SECRET, KEY or PASSWORD are stored as secret: the server never shows their values back.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Get());
        command.Subcommands.Add(Set());
        command.Subcommands.Add(Unset());
        command.Subcommands.Add(Import());
        HelpExamples.Add(command, "scripthost env set BUSINESS_NAME=\"Ada's Bikes\" OPENING_HOURS=9-17", "scripthost env import .env.production --env production", "scripthost env list --env dev --effective");
        return command;
    }

    private static Command List()
    {
        var environment = CommandOptions.Environment(EnvironmentHelp);
        var effective = Effective(environment);
        var list = new Command("list", "List the variables (secret values hidden).") { environment, effective };
        CommandActions.Set(list, async (context, cancellationToken) =>
        {
            using var connection = context.Connect();
            var scope = new VariableScope(connection.Client, connection.Service, context.Value(environment));
            var variables = await scope.ListAsync(context.Value(effective), cancellationToken);
            if (context.Format == OutputFormat.Json)
            {
                JsonOutput.Write(context.Terminal.Out, variables);
            }
            else if (variables.Count == 0)
            {
                context.Say($"No variables in {scope.Description}.");
            }
            else
            {
                TableRenderer.Write(
                    context.Terminal.Out,
                    ["Name", "Value", "Updated"],
                    variables.Select(variable => (IReadOnlyList<string?>)[variable.Name, Shown(variable), variable.UpdatedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture)]),
                    context.Terminal.UseColour);
            }

            return ExitCodes.Success;
        });
        return list;
    }

    private static Command Get()
    {
        var name = new Argument<string>("name") { Description = "The variable's name, e.g. BUSINESS_NAME." };
        var environment = CommandOptions.Environment(EnvironmentHelp);
        var effective = Effective(environment);
        var get = new Command("get", "Print one variable's value. A secret's value is never shown back: that ends in an error.") { name, environment, effective };
        CommandActions.Set(get, async (context, cancellationToken) =>
        {
            using var connection = context.Connect();
            var scope = new VariableScope(connection.Client, connection.Service, context.Value(environment));
            var wanted = context.Value(name)!;
            var variable = (await scope.ListAsync(context.Value(effective), cancellationToken)).FirstOrDefault(variable => variable.Name == wanted)
                ?? throw new CliException($"no variable '{wanted}' in {scope.Description}{(scope.Environment is not null && !context.Value(effective) ? " (--effective includes the defaults it inherits)" : string.Empty)}.");
            if (variable.Secret)
            {
                // A script reading the value must not go on with a placeholder in its place.
                throw new CliException($"'{wanted}' is secret: the server never shows its value back (set it again with 'scripthost env set {wanted}=…').");
            }

            if (context.Format == OutputFormat.Json)
            {
                JsonOutput.Write(context.Terminal.Out, variable);
            }
            else
            {
                context.Terminal.Out.WriteLine(variable.Value);
            }

            return ExitCodes.Success;
        });
        return get;
    }

    private static Command Set()
    {
        var assignments = new Argument<string[]>("assignments") { Description = "NAME=value pairs.", Arity = ArgumentArity.OneOrMore, HelpName = "NAME=value" };
        assignments.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(token => !token.Value.Contains('=', StringComparison.Ordinal)))
            {
                result.AddError($"'{token.Value}' is not NAME=value.");
            }
        });
        var environment = CommandOptions.Environment(EnvironmentHelp);
        var secret = Secret();
        var set = new Command("set", "Set one or more variables (in the order given).") { assignments, environment, secret };
        CommandActions.Set(set, async (context, cancellationToken) =>
        {
            using var connection = context.Connect();
            var scope = new VariableScope(connection.Client, connection.Service, context.Value(environment));
            var pairs = context.Value(assignments)!.Select(assignment =>
            {
                var equals = assignment.IndexOf('=', StringComparison.Ordinal);
                return KeyValuePair.Create(assignment[..equals], assignment[(equals + 1)..]);
            });
            var written = await VariableWriter.SetAllAsync(scope, pairs, context.Value(secret), cancellationToken);
            if (context.Format == OutputFormat.Json)
            {
                JsonOutput.Write(context.Terminal.Out, written);
            }
            else
            {
                foreach (var variable in written)
                {
                    context.Say($"Set {variable.Name}{(variable.Secret ? " (secret)" : string.Empty)} in {scope.Description}.");
                }
            }

            return ExitCodes.Success;
        });
        return set;
    }

    private static Command Unset()
    {
        var names = new Argument<string[]>("names") { Description = "The variables to remove.", Arity = ArgumentArity.OneOrMore };
        var environment = CommandOptions.Environment(EnvironmentHelp);
        var unset = new Command("unset", "Remove one or more variables (an environment's own value removed, its default applies again there).") { names, environment };
        CommandActions.Set(unset, async (context, cancellationToken) =>
        {
            using var connection = context.Connect();
            var scope = new VariableScope(connection.Client, connection.Service, context.Value(environment));
            var removed = new List<string>();
            foreach (var name in context.Value(names)!)
            {
                try
                {
                    await scope.DeleteAsync(name, cancellationToken);
                }
                catch (Api.Client.ApiProblemException problem)
                {
                    throw new CliException($"{name}: {problem.OneLine}{(removed.Count > 0 ? $" (removed before it: {string.Join(", ", removed)})" : string.Empty)}.");
                }

                removed.Add(name);
            }

            if (context.Format == OutputFormat.Json)
            {
                JsonOutput.Write(context.Terminal.Out, new { removed });
            }
            else
            {
                context.Say($"Removed {string.Join(", ", removed)} from {scope.Description}.");
            }

            return ExitCodes.Success;
        });
        return unset;
    }

    private static Command Import()
    {
        var file = new Argument<string>("file") { Description = "The .env file to read.", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => ".env" };
        var environment = CommandOptions.Environment(EnvironmentHelp);
        var secret = Secret();
        var import = new Command("import", "Set every variable of a .env file (KEY=value lines; quotes, comments and 'export' understood).") { file, environment, secret };
        CommandActions.Set(import, async (context, cancellationToken) =>
        {
            var path = context.Value(file)!;
            var fullPath = Path.GetFullPath(path, context.Environment.CurrentDirectory);
            if (!File.Exists(fullPath))
            {
                throw new CliException($"{path}: no such file.");
            }

            var variables = DotEnvParser.Parse(await File.ReadAllTextAsync(fullPath, cancellationToken), path);
            using var connection = context.Connect();
            var scope = new VariableScope(connection.Client, connection.Service, context.Value(environment));
            var written = await VariableWriter.SetAllAsync(scope, variables, context.Value(secret), cancellationToken);
            if (context.Format == OutputFormat.Json)
            {
                JsonOutput.Write(context.Terminal.Out, written);
            }
            else
            {
                var secrets = written.Count(variable => variable.Secret);
                context.Say($"Set {written.Count} variable{(written.Count == 1 ? string.Empty : "s")} from {path} in {scope.Description} ({secrets} secret).");
            }

            return ExitCodes.Success;
        });
        return import;
    }

    /// <summary><c>--effective</c>: an environment's merged view; meaningless for the defaults, so it needs <c>--env</c>.</summary>
    private static Option<bool> Effective(Option<string?> environment)
    {
        var effective = new Option<bool>("--effective") { Description = "With --env: the merged view that environment's functions see (its own values over the defaults)." };
        effective.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<bool>() && result.Parent is { } parent && parent.GetResult(environment) is null)
            {
                result.AddError("--effective needs --env: the defaults are already what every environment inherits.");
            }
        });
        return effective;
    }

    private static Option<bool> Secret() =>
        new("--secret") { Description = "Store every variable as secret, whatever its name [default: secret when the name contains TOKEN, SECRET, KEY or PASSWORD]." };

    private static string Shown(VariableDto variable) => variable.Secret ? SecretShown : variable.Value ?? string.Empty;
}
