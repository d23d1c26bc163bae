using System.CommandLine;
using ScriptHost.Cli.Configuration;
using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.Output;
using ScriptHost.Cli.Project;
using ScriptHost.Cli.Templates;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Cli.Commands;

/// <summary>
/// <c>scripthost init [dir] [--template name]</c>: a new functions folder — scripthost.json, one function from the
/// template, assets/, lib/, a .env with the template's variables left empty, and a .gitignore for .env* and .scripthost/.
/// </summary>
internal static class InitCommand
{
    public const string DefaultTemplate = "sms-auto-reply";

    private const string GitIgnore = """
        # Secrets and per-environment variables: set them with 'scripthost env' on servers.
        .env
        .env.*
        # Local state of 'scripthost start' (its server's data).
        .scripthost/

        """;

    public static Command Create()
    {
        var directory = new Argument<string>("dir")
        {
            Description = "The folder to create (or an empty one to fill) [default: the current folder].",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var template = CommandOptions.Template($"The template of the first function (see 'scripthost templates') [default: {DefaultTemplate}].", required: false);
        var command = new Command("init", "Create a functions folder: scripthost.json, functions/, assets/, lib/, .env and .gitignore. The service name is --service, else the folder's name.")
        {
            directory,
            template,
        };
        HelpExamples.Add(command, "scripthost init hello", "scripthost init ivr --template ivr-menu --url https://functions.example.com", "cd hello && scripthost start");
        CommandActions.Set(command, (context, _) =>
        {
            var chosen = TemplateCatalog.Get(context.Value(template) ?? DefaultTemplate);
            var root = Path.GetFullPath(Path.Combine(context.Environment.CurrentDirectory, context.Value(directory) ?? "."));
            var settingsPath = Path.Combine(root, ProjectSettings.FileName);
            if (File.Exists(settingsPath))
            {
                throw new CliException($"{settingsPath} already exists: this folder is already a ScriptHost project (add functions with 'scripthost new').");
            }

            var written = new[] { ProjectLayout.EnvFile, ".gitignore" }.Select(name => Path.Combine(root, name)).Where(File.Exists).ToList();
            if (written.Count > 0)
            {
                throw new CliException($"{string.Join(" and ", written)} already exist; init does not overwrite files (use an empty folder).");
            }

            var service = context.Value(GlobalOptions.Service) ?? FolderServiceName.From(Path.GetFileName(root));
            if (!ServiceName.IsValid(service))
            {
                throw new CliException($"'{service}' cannot be a service name: use {ServiceName.Rule} (pass --service).", ExitCodes.Usage);
            }

            var url = context.Value(GlobalOptions.Url) is { } given ? ServerUrl.Normalize(given) : null;
            Directory.CreateDirectory(root);
            var function = TemplateWriter.WriteFunction(root, chosen.Name, chosen);
            ProjectSettingsFile.Write(settingsPath, new ProjectSettings(url, service));
            foreach (var folder in new[] { ProjectLayout.AssetsFolder, ProjectLayout.LibFolder })
            {
                Directory.CreateDirectory(Path.Combine(root, folder));
                File.WriteAllText(Path.Combine(root, folder, ".gitkeep"), string.Empty);
            }

            File.WriteAllText(Path.Combine(root, ProjectLayout.EnvFile), EnvPlaceholders(chosen));
            File.WriteAllText(Path.Combine(root, ".gitignore"), GitIgnore);

            if (context.Format == OutputFormat.Json)
            {
                JsonOutput.Write(context.Terminal.Out, new { root, service, url, function, template = chosen.Name, variables = chosen.Header.Variables });
            }
            else
            {
                context.Say($"Created {root} (service '{service}') with {function} from '{chosen.Name}'.");
                if (chosen.Header.Variables.Count > 0)
                {
                    context.Say($"Fill in .env ({string.Join(", ", chosen.Header.Variables)}), then run 'scripthost start'.");
                }
                else
                {
                    context.Say("Next: 'scripthost start'.");
                }
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static string EnvPlaceholders(Template template)
    {
        var lines = new List<string> { $"# Variables '{template.Name}' reads ({template.Header.Title.TrimEnd('.')}). Never commit this file." };
        lines.AddRange(template.Header.Variables.Select(variable => $"{variable}="));
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }
}
