using System.Text.Json.Serialization;

namespace ScriptHost.Api.Contracts.Functions;

/// <summary>A deploy: the function's C# source and, optionally, its visibility and limits.</summary>
public sealed record DeployRequest(string? Source, string? Visibility, int? TimeoutMs, int? MemoryMb);

/// <summary>
/// A deployed version: its number, the source's SHA-256, the URL it answers at, the compiler's warnings, and the build
/// and production deployment that made it live.
/// </summary>
public sealed record DeployResponse(string Path, int Version, string Sha256, string Url, IReadOnlyList<DiagnosticDto> Warnings, int BuildId, int DeploymentId);

/// <summary>A compile error or warning, at its line and column in the source.</summary>
public sealed record DiagnosticDto(string Id, ScriptDiagnosticSeverity Severity, string Message, int Line, int Column, int EndLine, int EndColumn);

/// <summary>
/// A function as an environment serves it: its path, the version live there, visibility and limits (null: the host's
/// defaults), the SHA-256 of its source and the URL it answers at; after a rollback, also the build and production
/// deployment that made the version live.
/// </summary>
public sealed record FunctionDto(
    string Path,
    int ActiveVersion,
    FunctionVisibility Visibility,
    int? TimeoutMs,
    int? MemoryMb,
    string Sha256,
    string Url,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? BuildId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? DeploymentId = null);

/// <summary>
/// A function path: how the environment asked for (production unless <c>?environment=</c>) serves it and its live
/// source (both null when that environment does not serve it), the version each environment serves, and every
/// version the path has had (a deleted function keeps them).
/// </summary>
public sealed record FunctionDetailsDto(
    FunctionDto? Function,
    string? Source,
    int LatestVersion,
    IReadOnlyList<LiveVersionDto> Live,
    IReadOnlyList<FunctionVersionSummaryDto> Versions);

/// <summary>The version of a function an environment serves, and the build that has it live there.</summary>
public sealed record LiveVersionDto(string Environment, int Version, int? BuildId);

/// <summary>One version in a function's history.</summary>
public sealed record FunctionVersionSummaryDto(int Version, string Sha256, DateTimeOffset CreatedAt);

/// <summary>One version of a function, with its source (<c>.../functions/{path}/versions/{n}</c>).</summary>
public sealed record FunctionVersionDto(string Path, int Version, string Sha256, string Source, DateTimeOffset CreatedAt);
