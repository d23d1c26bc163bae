namespace ScriptHost.Storage.Builds;

/// <summary>How serious a build diagnostic is.</summary>
public enum BuildDiagnosticSeverity
{
    Warning,
    Error,
}
