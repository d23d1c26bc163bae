using ScriptHost.Storage.Validation;

namespace ScriptHost.Cli.Project;

/// <summary>
/// The service a folder stands for when nothing names one (<c>init</c> writes it to scripthost.json, <c>start</c> uses
/// it for a folder without one): its name lower-cased, runs of other characters as one '-'.
/// </summary>
internal static class FolderServiceName
{
    public const string Fallback = "functions";

    public static string From(string folderName)
    {
        var name = new string([.. folderName.ToLowerInvariant().Select(character => char.IsAsciiLetterOrDigit(character) ? character : '-')]);
        while (name.Contains("--", StringComparison.Ordinal))
        {
            name = name.Replace("--", "-", StringComparison.Ordinal);
        }

        name = name.Trim('-');
        return name.Length == 0 ? Fallback : name[..Math.Min(name.Length, ServiceName.MaxLength)].TrimEnd('-');
    }
}
