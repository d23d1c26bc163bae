using System.Text.Json.Serialization;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Storage.Functions;

namespace ScriptHost.FunctionManagement;

/// <summary>A deploy: the function's C# source and, optionally, its visibility and limits.</summary>
internal sealed record DeployRequest(string? Source, string? Visibility, int? TimeoutMs, int? MemoryMb);

/// <summary>
/// A deployed version: its number, the source's SHA-256, the URL it answers at, the compiler's warnings, and the build
/// and production deployment that made it live.
/// </summary>
internal sealed record DeployResponse(string Path, int Version, string Sha256, string Url, IReadOnlyList<DiagnosticDto> Warnings, int BuildId, int DeploymentId);

/// <summary>A compile error or warning, at its line and column in the source.</summary>
internal sealed record DiagnosticDto(string Id, ScriptDiagnosticSeverity Severity, string Message, int Line, int Column, int EndLine, int EndColumn)
{
    public static DiagnosticDto From(ScriptDiagnostic d) => new(d.Id, d.Severity, d.Message, d.Line, d.Column, d.EndLine, d.EndColumn);
}

/// <summary>
/// A function: its path, live and latest version, visibility and limits (null: the host's defaults); after a rollback,
/// also the build and production deployment that made the version live.
/// </summary>
internal sealed record FunctionDto(
    string Path,
    int ActiveVersion,
    int LatestVersion,
    FunctionVisibility Visibility,
    int? TimeoutMs,
    int? MemoryMb,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? BuildId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? DeploymentId = null)
{
    public static FunctionDto From(FunctionRecord function) => new(
        function.Path,
        function.ActiveVersion,
        function.LatestVersion,
        function.Visibility,
        function.Limits.TimeoutMs,
        function.Limits.MemoryMb,
        function.CreatedAt,
        function.UpdatedAt);
}

/// <summary>A function with its live source and every version it has had.</summary>
internal sealed record FunctionDetailsDto(FunctionDto Function, string? Source, IReadOnlyList<FunctionVersionSummaryDto> Versions);

/// <summary>One version in a function's history.</summary>
internal sealed record FunctionVersionSummaryDto(int Version, string Sha256, DateTimeOffset CreatedAt);

/// <summary>One version of a function, with its source (<c>.../functions/{path}/versions/{n}</c>).</summary>
internal sealed record FunctionVersionDto(string Path, int Version, string Sha256, string Source, DateTimeOffset CreatedAt);
