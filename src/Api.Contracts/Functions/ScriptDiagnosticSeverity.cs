namespace ScriptHost.Api.Contracts.Functions;

/// <summary>How serious a diagnostic is.</summary>
public enum ScriptDiagnosticSeverity
{
    Warning,
    Error,
}
