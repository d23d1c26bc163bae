namespace ScriptHost.Cli.Project;

/// <summary>
/// Everything a folder holds for a build, and what is wrong with it (each problem names its file). A scan with problems
/// is not deployed: commands print every problem, not just the first.
/// </summary>
internal sealed record ProjectScan(
    string Root,
    IReadOnlyList<LocalFunction> Functions,
    IReadOnlyList<LocalAsset> Assets,
    IReadOnlyList<LocalLibFile> Lib,
    IReadOnlyList<string> Problems);
