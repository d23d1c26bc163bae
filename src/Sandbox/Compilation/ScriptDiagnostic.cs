using Microsoft.CodeAnalysis;

namespace ScriptHost.Sandbox.Compilation;

/// <summary>How serious a diagnostic is.</summary>
public enum ScriptDiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>
/// A compile or policy diagnostic located in the user's own source: 1-based line and column, never a host path
/// or any other file's content. <see cref="File"/> names the file it is in when the compile was given names: a
/// shared code file (<c>lib/x.cs</c>), or the function's own file name. Null for a compile of one unnamed source,
/// as before shared code existed.
/// </summary>
public sealed record ScriptDiagnostic(
    string Id,
    ScriptDiagnosticSeverity Severity,
    string Message,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string? File = null)
{
    /// <summary>A diagnostic that has no better location than the start of the script.</summary>
    public static ScriptDiagnostic AtStart(string id, string message) =>
        new(id, ScriptDiagnosticSeverity.Error, message, 1, 1, 1, 1);

    /// <summary>
    /// A diagnostic at <paramref name="location"/>: the line as the author counts it (a <c>#line</c> directive
    /// honoured, so the host's own lines ahead of a function that loads shared code are not counted), in the shared
    /// code file whose tree holds it (null for the function's own tree, whose name the compile fills in).
    /// </summary>
    internal static ScriptDiagnostic At(string id, ScriptDiagnosticSeverity severity, string message, Location location)
    {
        var span = location.GetMappedLineSpan();
        return new ScriptDiagnostic(
            id,
            severity,
            message,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1,
            FileOf(location.SourceTree));
    }

    /// <summary>The shared code file a tree is (its path), or null for the function's own tree, which has none.</summary>
    internal static string? FileOf(SyntaxTree? tree) => string.IsNullOrEmpty(tree?.FilePath) ? null : tree.FilePath;

    /// <inheritdoc />
    public override string ToString() => $"{File}({Line},{Column}): {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
