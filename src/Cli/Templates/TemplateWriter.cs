using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.Project;

namespace ScriptHost.Cli.Templates;

/// <summary>Writes a template as a function file of a folder, by the folder convention; never over an existing file.</summary>
internal static class TemplateWriter
{
    /// <summary>
    /// The file for function <paramref name="functionPath"/> (<c>sms/reply</c>) from <paramref name="template"/>:
    /// <c>functions/sms/reply[.protected|.private].csx</c>, the suffix taken from the template's visibility unless the
    /// path already carries one. Returns the path written, relative to <paramref name="root"/>.
    /// </summary>
    public static string WriteFunction(string root, string functionPath, Template template)
    {
        var relative = functionPath.Trim().Trim('/');
        if (relative.EndsWith(ProjectLayout.FunctionExtension, StringComparison.Ordinal))
        {
            relative = relative[..^ProjectLayout.FunctionExtension.Length];
        }

        if (relative.StartsWith(ProjectLayout.FunctionsFolder + "/", StringComparison.Ordinal))
        {
            relative = relative[(ProjectLayout.FunctionsFolder.Length + 1)..];
        }

        var (name, suffix) = VisibilityConvention.FromFileName(Path.GetFileName(relative) + ".x");
        var folder = Path.GetDirectoryName(relative)?.Replace('\\', '/') ?? string.Empty;
        var urlPath = folder.Length == 0 ? name[..^2] : $"{folder}/{name[..^2]}";
        if (ScriptHost.Storage.Validation.StoragePath.Normalize(urlPath, out var error) is null)
        {
            throw new CliException($"'{functionPath}' cannot be a function path: {error}", ExitCodes.Usage);
        }

        var visibility = suffix?.ToString().ToLowerInvariant() ?? template.Header.Visibility;
        var fileName = visibility == "public" ? urlPath : $"{urlPath}.{visibility}";
        var file = $"{ProjectLayout.FunctionsFolder}/{fileName}{ProjectLayout.FunctionExtension}";
        var fullPath = Path.Combine(root, file);
        if (File.Exists(fullPath))
        {
            throw new CliException($"{file} already exists; not overwriting it.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, template.Source);
        return file;
    }
}
