using System.CommandLine;
using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.Output;
using ScriptHost.Cli.Templates;

namespace ScriptHost.Cli.Commands;

/// <summary><c>scripthost templates</c>: the samples <c>init</c> and <c>new</c> start from.</summary>
internal static class TemplatesCommand
{
    public static Command Create()
    {
        var command = new Command("templates", "List the templates 'init' and 'new' can start from (the samples carried by the tool).");
        HelpExamples.Add(command, "scripthost templates", "scripthost templates --output json | jq -r '.[].name'");
        CommandActions.Set(command, (context, _) =>
        {
            if (context.Format == OutputFormat.Json)
            {
                JsonOutput.Write(context.Terminal.Out, TemplateCatalog.All.Select(template => new
                {
                    name = template.Name,
                    title = template.Header.Title,
                    description = template.Header.Description,
                    visibility = template.Header.Visibility,
                    variables = template.Header.Variables,
                }));
            }
            else
            {
                TableRenderer.Write(
                    context.Terminal.Out,
                    ["Name", "Visibility", "Variables", "Title"],
                    TemplateCatalog.All.Select(template => (IReadOnlyList<string?>)[template.Name, template.Header.Visibility, string.Join(",", template.Header.Variables), template.Header.Title]),
                    context.Terminal.UseColour);
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
