namespace ScriptHost.Storage.Builds;

/// <summary>
/// A compiler or policy diagnostic of a build, located in the file it is about (a function or a shared-code file;
/// <c>null</c> for one about the build as a whole), with 1-based lines and columns.
/// </summary>
public sealed record BuildDiagnostic(
    string? File,
    string Id,
    BuildDiagnosticSeverity Severity,
    string Message,
    int Line,
    int Column,
    int EndLine,
    int EndColumn);
