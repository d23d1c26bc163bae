namespace ScriptHost.TestSupport;

/// <summary>
/// Where the running test assembly sits in the repository: <c>tests/{Project}/bin/{Configuration}/{framework}/</c>,
/// so helpers can find the server's build output in the same configuration and the repository's artifacts folder.
/// </summary>
public static class RepositoryLayout
{
    private static readonly DirectoryInfo s_testOutput = new(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));

    /// <summary>The folder holding ScriptHost.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration the tests were built in (Debug, Release).</summary>
    public static string Configuration => s_testOutput.Parent!.Name;

    /// <summary>The target framework folder name (net10.0).</summary>
    public static string Framework => s_testOutput.Name;

    /// <summary>A folder under <c>artifacts/</c> at the repository root (gitignored), created if absent.</summary>
    public static string Artifacts(string name) => Directory.CreateDirectory(Path.Combine(Root, "artifacts", name)).FullName;

    private static string FindRoot()
    {
        for (var directory = s_testOutput; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ScriptHost.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No ScriptHost.sln above the test output {s_testOutput.FullName}.");
    }
}
