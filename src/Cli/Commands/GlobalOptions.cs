using System.CommandLine;
using ScriptHost.Cli.Output;

namespace ScriptHost.Cli.Commands;

/// <summary>Options every command takes (declared once on the root, recursive).</summary>
internal static class GlobalOptions
{
    public static readonly Option<string> Output = new("--output", "-o")
    {
        Description = "How to print results: 'table' for people, 'json' for scripts (one JSON document on stdout).",
        DefaultValueFactory = _ => "table",
        HelpName = "table|json",
        Recursive = true,
    };

    public static readonly Option<string?> Url = new("--url")
    {
        Description = "The ScriptHost server, e.g. https://functions.example.com [default: SCRIPTHOST_URL, then scripthost.json].",
        Recursive = true,
    };

    public static readonly Option<string?> Service = new("--service")
    {
        Description = "The service to work on [default: SCRIPTHOST_SERVICE, then scripthost.json].",
        Recursive = true,
    };

    public static readonly Option<bool> Local = new("--local")
    {
        Description = "Talk to the server 'scripthost start' runs for this folder (its URL, service and key) instead of a configured one.",
        Recursive = true,
    };

    static GlobalOptions() => Output.AcceptOnlyFromAmong("table", "json");

    public static OutputFormat Format(ParseResult parseResult) =>
        parseResult.GetValue(Output) == "json" ? OutputFormat.Json : OutputFormat.Table;
}
