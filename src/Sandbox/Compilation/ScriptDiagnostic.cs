namespace ScriptHost.Sandbox.Compilation;

/// <summary>How serious a diagnostic is.</summary>
public enum ScriptDiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>
/// A compile or policy diagnostic located in the user's own source: 1-based line and column, never a host path
/// or any other file's content.
/// </summary>
public sealed record ScriptDiagnostic(
    string Id,
    ScriptDiagnosticSeverity Severity,
    string Message,
    int Line,
    int Column,
    int EndLine,
    int EndColumn)
{
    /// <summary>A diagnostic that has no better location than the start of the script.</summary>
    public static ScriptDiagnostic AtStart(string id, string message) =>
        new(id, ScriptDiagnosticSeverity.Error, message, 1, 1, 1, 1);

    /// <inheritdoc />
    public override string ToString() => $"({Line},{Column}): {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
