using System.Text.Json;
using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.Output;

namespace ScriptHost.Cli.Configuration;

/// <summary>Finds, reads and writes <c>scripthost.json</c>: the nearest one, walking up from the working folder.</summary>
internal static class ProjectSettingsFile
{
    private static readonly string[] s_secretWords = ["key", "secret", "token", "password"];

    /// <summary>The nearest <c>scripthost.json</c> at or above <paramref name="directory"/>, or null.</summary>
    public static string? Find(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, ProjectSettings.FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Reads <paramref name="path"/>; a key in it, an unknown setting or broken JSON is an error naming the file.</summary>
    public static ProjectSettings Read(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            throw new CliException($"{path} is not valid JSON: {exception.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new CliException($"{path} must hold a JSON object such as {{ \"url\": \"http://localhost:5000\", \"service\": \"my-service\" }}.");
            }

            string? url = null, service = null;
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (s_secretWords.Any(word => property.Name.Contains(word, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new CliException($"{path} holds '{property.Name}', but scripthost.json is meant for git and must not hold keys: remove it and run 'scripthost login' (or set SCRIPTHOST_KEY).");
                }

                switch (property.Name)
                {
                    case "url":
                        url = StringValue(path, property);
                        break;
                    case "service":
                        service = StringValue(path, property);
                        break;
                    case "$schema":
                        break;
                    default:
                        throw new CliException($"{path} has an unknown setting '{property.Name}': it may hold only \"url\" and \"service\".");
                }
            }

            return new ProjectSettings(url, service);
        }
    }

    public static void Write(string path, ProjectSettings settings)
    {
        var json = JsonOutput.Serialize(new { url = settings.Url, service = settings.Service });
        File.WriteAllText(path, json + Environment.NewLine);
    }

    private static string? StringValue(string path, JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.String => property.Value.GetString(),
        JsonValueKind.Null => null,
        _ => throw new CliException($"{path}: \"{property.Name}\" must be a string."),
    };
}
