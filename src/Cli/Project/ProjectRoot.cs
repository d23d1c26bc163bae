using ScriptHost.Cli.Configuration;

namespace ScriptHost.Cli.Project;

/// <summary>The folder a command works on: the one holding the nearest <c>scripthost.json</c>, else the current folder.</summary>
internal static class ProjectRoot
{
    public static string Find(string currentDirectory) =>
        ProjectSettingsFile.Find(currentDirectory) is { } settingsFile ? Path.GetDirectoryName(settingsFile)! : currentDirectory;
}
