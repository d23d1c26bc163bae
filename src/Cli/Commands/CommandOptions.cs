using System.CommandLine;

namespace ScriptHost.Cli.Commands;

/// <summary>Options more than one command takes, built the same way everywhere (each command gets its own instance).</summary>
internal static class CommandOptions
{
    /// <summary><c>--env</c>: <paramref name="defaultValue"/> when given, else none (the service's defaults).</summary>
    public static Option<string?> Environment(string description, string? defaultValue = null)
    {
        var option = new Option<string?>("--env", "-e") { Description = description, HelpName = "name" };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }

        return option;
    }

    /// <summary><c>-d key=value</c>, repeatable: form fields (or JSON properties) for <c>invoke</c> and <c>run</c>.</summary>
    public static Option<string[]> Data(string description)
    {
        var option = new Option<string[]>("--data", "-d")
        {
            Description = description,
            HelpName = "key=value",
            AllowMultipleArgumentsPerToken = false,
        };
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(token => !token.Value.Contains('=', StringComparison.Ordinal)))
            {
                result.AddError($"'{token.Value}' is not key=value.");
            }
        });
        return option;
    }

    public static Option<string> Template(string description, bool required)
    {
        var option = new Option<string>("--template", "-t")
        {
            Description = description,
            HelpName = "name",
            Required = required,
        };
        return option;
    }
}
