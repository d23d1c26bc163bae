using ScriptHost.Sandbox.Compilation;
using ScriptHost.Storage.Builds;

namespace ScriptHost.Deployments;

/// <summary>
/// What a build keeps of its compiles' diagnostics, for the bundle builds and the simple path alike: errors before
/// warnings, each once (shared code's are reported again by every function's compile), messages and count cut to
/// <see cref="BuildLimits"/>. Here rather than in Builds because the simple path (<see cref="EnvironmentChanges"/>) needs
/// it too, and Builds already depends on this folder through the function and asset routes it shares rules with.
/// </summary>
internal static class BuildDiagnostics
{
    public static IReadOnlyList<BuildDiagnostic> Collect(IEnumerable<ScriptDiagnostic> diagnostics)
    {
        var seen = new HashSet<BuildDiagnostic>();
        return [.. diagnostics
            .Select(From)
            .Where(seen.Add)
            .OrderBy(diagnostic => diagnostic.Severity == BuildDiagnosticSeverity.Error ? 0 : 1)
            .Take(BuildLimits.MaxDiagnostics)];
    }

    private static BuildDiagnostic From(ScriptDiagnostic diagnostic) => new(
        diagnostic.File,
        diagnostic.Id,
        diagnostic.Severity == ScriptDiagnosticSeverity.Error ? BuildDiagnosticSeverity.Error : BuildDiagnosticSeverity.Warning,
        diagnostic.Message.Length > BuildLimits.MaxMessageLength ? diagnostic.Message[..BuildLimits.MaxMessageLength] : diagnostic.Message,
        diagnostic.Line,
        diagnostic.Column,
        diagnostic.EndLine,
        diagnostic.EndColumn);
}
