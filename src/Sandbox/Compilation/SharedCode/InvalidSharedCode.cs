namespace ScriptHost.Sandbox.Compilation.SharedCode;

/// <summary>
/// What is wrong with the set of shared code files a compile is given, before anything of them is parsed: a path
/// outside <see cref="SharedCodeRules"/>, a path given twice, more files than <see cref="SharedCodeRules.MaxFiles"/>.
/// </summary>
internal static class InvalidSharedCode
{
    /// <summary>
    /// Each problem, reported against the path it is about as given (the count against the folder), never against the
    /// function: a caller shows these beside the files they name.
    /// </summary>
    public static IReadOnlyList<ScriptDiagnostic> Find(IReadOnlyList<SharedCodeFile> files)
    {
        if (files.Count > SharedCodeRules.MaxFiles)
        {
            return
            [
                ScriptDiagnostic.AtStart(SandboxDiagnosticIds.InvalidSharedCode, $"A build may share at most {SharedCodeRules.MaxFiles} files; it has {files.Count}.")
                    with { File = SharedCodeRules.Folder },
            ];
        }

        var found = new List<ScriptDiagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            ArgumentNullException.ThrowIfNull(file);
            ArgumentNullException.ThrowIfNull(file.Source);
            var error = SharedCodeRules.PathError(file.Path) ?? (seen.Add(file.Path) ? null : $"The shared code file '{file.Path}' is given twice.");
            if (error is not null)
            {
                found.Add(ScriptDiagnostic.AtStart(SandboxDiagnosticIds.InvalidSharedCode, error) with { File = file.Path });
            }
        }

        return found;
    }
}
