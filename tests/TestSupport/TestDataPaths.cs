namespace ScriptHost.TestSupport;

/// <summary>Where test servers keep their data: a fresh temporary directory each, removed after the test.</summary>
public static class TestDataPaths
{
    /// <summary>A fresh database file path in its own temporary directory.</summary>
    public static string New() =>
        Path.Combine(Directory.CreateTempSubdirectory("scripthost-tests-").FullName, "scripthost.db");

    /// <summary>Removes the directory <see cref="New"/> made for <paramref name="dataPath"/>.</summary>
    public static void TryDelete(string dataPath) => TryDeleteDirectory(Path.GetDirectoryName(dataPath)!);

    public static void TryDeleteDirectory(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless; failing a test over it would not be.
        }
    }
}
