using ScriptHost.Api.Contracts.Functions;
using ScriptHost.Contracts;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Serving;

namespace ScriptHost.FunctionManagement;

/// <summary>Deployed functions and compile diagnostics as the API shows them.</summary>
internal static class FunctionDtoMapping
{
    extension(DiagnosticDto)
    {
        public static DiagnosticDto From(ScriptDiagnostic d) => new(d.Id, d.Severity.ToWire(), d.Message, d.Line, d.Column, d.EndLine, d.EndColumn);
    }

    extension(FunctionDto)
    {
        public static FunctionDto From(DeployedFunction function, string url) => new(
            function.Path,
            function.Version,
            function.Visibility.ToWire(),
            function.StoredLimits.TimeoutMs,
            function.StoredLimits.MemoryMb,
            function.SourceSha256,
            url);
    }
}
