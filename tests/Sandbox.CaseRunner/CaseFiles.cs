using ScriptHost.Sandbox.Compilation.SharedCode;

namespace ScriptHost.Sandbox.CaseRunner;

/// <summary>
/// Reads a script case from disk: a <c>.csx</c> file on its own, or a case folder holding the function as
/// <see cref="FunctionFileName"/> and its shared code under <c>lib/</c>. In one place for the case tests and for this
/// runner, which runs the same cases in a child process.
/// </summary>
public static class CaseFiles
{
    /// <summary>The function's file in a case folder, and the name its diagnostics carry.</summary>
    public const string FunctionFileName = "function.csx";

    /// <summary>The function's source, its file name (null for a lone <c>.csx</c>: compiled as before shared code) and its shared code.</summary>
    public static (string Source, string? FileName, IReadOnlyList<SharedCodeFile> SharedCode) Read(string path)
    {
        if (!Directory.Exists(path))
        {
            return (File.ReadAllText(path), null, []);
        }

        var lib = Path.Combine(path, "lib");
        IReadOnlyList<SharedCodeFile> sharedCode = !Directory.Exists(lib)
            ? []
            :
            [
                .. Directory.EnumerateFiles(lib, "*", SearchOption.AllDirectories)
                    .Select(file => new SharedCodeFile(Path.GetRelativePath(path, file).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllText(file)))
                    .OrderBy(file => file.Path, StringComparer.Ordinal),
            ];
        return (File.ReadAllText(Path.Combine(path, FunctionFileName)), FunctionFileName, sharedCode);
    }
}
