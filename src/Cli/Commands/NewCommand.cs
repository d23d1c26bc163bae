using System.CommandLine;
using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.Output;
using ScriptHost.Cli.Project;
using ScriptHost.Cli.Templates;

namespace ScriptHost.Cli.Commands;

/// <summary><c>scripthost new &lt;path&gt; --template name</c>: one more function in the current folder.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "The function's URL path within the service, e.g. 'sms/reply' (written to functions/sms/reply.csx)." };
        var template = CommandOptions.Template("The template to start from (see 'scripthost templates').", required: true);
        var command = new Command("new", "Add a function to this folder from a template. Its visibility follows the template unless the path says it (e.g. 'admin/report.private').")
        {
            path,
            template,
        };
        HelpExamples.Add(command, "scripthost new sms/reply --template sms-auto-reply", "scripthost new voice/menu.protected --template ivr-menu");
        CommandActions.Set(command, (context, _) =>
        {
            var chosen = TemplateCatalog.Get(context.Value(template)!);
            var root = ProjectRoot.Find(context.Environment.CurrentDirectory);
            var file = TemplateWriter.WriteFunction(root, context.Value(path)!, chosen);
            if (context.Format == OutputFormat.Json)
            {
                JsonOutput.Write(context.Terminal.Out, new { file, template = chosen.Name, variables = chosen.Header.Variables });
            }
            else
            {
                context.Say($"Created {file} from '{chosen.Name}'.");
                if (chosen.Header.Variables.Count > 0)
                {
                    context.Say($"It reads {string.Join(", ", chosen.Header.Variables)}: set them in .env (or 'scripthost env set').");
                }
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
