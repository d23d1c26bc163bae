namespace ScriptHost.Cli.Project;

/// <summary>
/// A shared code file, compiled into every function of the build. <c>Path</c> is the bundle's relative path
/// (<c>lib/greeting.cs</c>), which is also the file's place in the folder.
/// </summary>
internal sealed record LocalLibFile(string Path, string Source, string Sha256);
