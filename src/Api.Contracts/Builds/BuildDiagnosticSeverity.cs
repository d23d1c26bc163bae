namespace ScriptHost.Api.Contracts.Builds;

/// <summary>How serious a build diagnostic is.</summary>
public enum BuildDiagnosticSeverity
{
    Warning,
    Error,
}
