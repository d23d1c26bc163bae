using ScriptHost.Api.Contracts.Assets;
using ScriptHost.Api.Contracts.Functions;

namespace ScriptHost.Api.Contracts.Builds;

/// <summary>
/// A build with everything it holds, from the moment it is queued: its functions (with their versions once it has
/// completed, and whether each compiled once it has finished), assets and shared code. A completed build has the
/// warnings of what it compiled as <see cref="Diagnostics"/>; a failed one every error and warning (each in its file: a
/// function's path or <c>lib/x.cs</c>) or a <see cref="Reason"/>.
/// </summary>
public sealed record BuildDto(
    int Id,
    BuildStatus Status,
    BuildOrigin Origin,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    int? BaseBuildId,
    IReadOnlyList<BuildFunctionDto> Functions,
    IReadOnlyList<BuildAssetDto> Assets,
    IReadOnlyList<BuildLibFileDto> Lib,
    IReadOnlyList<BuildDiagnosticDto> Diagnostics,
    string? Reason);

/// <summary>
/// A function of a build. <see cref="Version"/>: the version of the path holding its source, once the build has
/// completed (null before, and in a failed build, which adds no version). <see cref="Reused"/>: the completed build
/// reused a stored image rather than compiling. <see cref="Compiled"/>: true in a completed build; in a failed one
/// whether this function compiled (false: its errors are among the build's diagnostics, or it was held back); null
/// while the build runs, or when it failed before compiling (interrupted).
/// </summary>
public sealed record BuildFunctionDto(
    string Path, FunctionVisibility Visibility, int? Version, string Sha256, bool Reused, int? TimeoutMs, int? MemoryMb, bool? Compiled);

/// <summary>An asset of a build: how it is served and the content (by SHA-256) it serves.</summary>
public sealed record BuildAssetDto(string Path, AssetVisibility Visibility, string ContentType, string Sha256, long Length);

/// <summary>A shared-code file of a build, by its bundle path (<c>lib/x.cs</c>) and the SHA-256 of its source.</summary>
public sealed record BuildLibFileDto(string Path, string Sha256);

/// <summary>A compile error or warning of a build, in its file (a function's path or <c>lib/x.cs</c>), with 1-based lines and columns.</summary>
public sealed record BuildDiagnosticDto(string? File, string Id, BuildDiagnosticSeverity Severity, string Message, int Line, int Column, int EndLine, int EndColumn);

/// <summary>A build in a listing, without its contents.</summary>
public sealed record BuildSummaryDto(
    int Id,
    BuildStatus Status,
    BuildOrigin Origin,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    int? BaseBuildId,
    int FunctionCount,
    int AssetCount,
    int LibFileCount,
    int DiagnosticCount,
    string? Reason);
