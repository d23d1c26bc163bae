namespace ScriptHost.Cli.Configuration;

/// <summary>
/// <c>scripthost.json</c> at the root of a functions folder: which server and which service the folder deploys to.
/// Checked into git, so it never holds a key (<see cref="ProjectSettingsFile"/> refuses one).
/// </summary>
internal sealed record ProjectSettings(string? Url, string? Service)
{
    public const string FileName = "scripthost.json";
}
