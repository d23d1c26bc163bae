namespace ScriptHost.Sandbox.Compilation.SharedCode;

/// <summary>
/// What a build's shared code may be, in one place for the compiler, for whatever accepts a bundle, and for the error
/// mapper that names a shared code file in a runtime error: files under <c>lib/</c> ending in <c>.cs</c>, each path
/// once, at most <see cref="MaxFiles"/> of them. Their size counts towards the compiler's source limit together with
/// the function's. What a file may declare is checked when it is compiled (types, methods and constants: nothing that
/// runs or holds state at its top level).
/// </summary>
public static class SharedCodeRules
{
    /// <summary>The folder every shared code file is in.</summary>
    public const string Folder = "lib/";

    /// <summary>The extension every shared code file has.</summary>
    public const string Extension = ".cs";

    /// <summary>
    /// Longest accepted path: one less than function and asset paths, because the store keeps a shared code file
    /// rooted like them (<c>/lib/x.cs</c>), so every path valid here is valid there.
    /// </summary>
    public const int MaxPathLength = 255;

    /// <summary>
    /// Most files a build may share: each is a syntax tree compiled into every function, and a source limit alone
    /// would let thousands of tiny ones through.
    /// </summary>
    public const int MaxFiles = 100;

    /// <summary>
    /// Why <paramref name="path"/> cannot name a shared code file, or null when it can: <c>lib/</c>, then segments of
    /// letters, digits and <c>. _ ~ -</c> (subfolders allowed), none empty, <c>.</c> or <c>..</c>, the last one a name
    /// ending in <c>.cs</c>. A relative path with forward slashes only, so it reads the same in a bundle, in a
    /// diagnostic and in the <c>#load</c> directive the compiler writes for it.
    /// </summary>
    public static string? PathError(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "A shared code file needs a path under 'lib/'.";
        }

        if (path.Length > MaxPathLength)
        {
            return $"The shared code path is longer than {MaxPathLength} characters.";
        }

        if (!path.StartsWith(Folder, StringComparison.Ordinal))
        {
            return $"Shared code files must be under 'lib/' (a relative path such as 'lib/helpers.cs'); '{path}' is not.";
        }

        if (!path.EndsWith(Extension, StringComparison.Ordinal) || path.Length == Folder.Length + Extension.Length || path.EndsWith("/" + Extension, StringComparison.Ordinal))
        {
            return $"Shared code files are C# files named '<name>.cs'; '{path}' is not.";
        }

        foreach (var segment in path[Folder.Length..].Split('/'))
        {
            if (segment.Length == 0 || segment is "." or "..")
            {
                return $"The shared code path '{path}' has an empty, '.' or '..' segment.";
            }

            foreach (var character in segment)
            {
                if (!(char.IsAsciiLetterOrDigit(character) || character is '.' or '_' or '~' or '-'))
                {
                    return $"The shared code path '{path}' may only hold letters, digits, '/', '.', '_', '~' and '-'.";
                }
            }
        }

        return null;
    }
}
