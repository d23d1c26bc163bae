namespace ScriptHost.Storage.Builds;

/// <summary>
/// A build: an immutable set of function versions, assets and shared code, numbered per service (1, 2, 3 …).
/// <see cref="Functions"/> are known once it completes; a failed build keeps its <see cref="Diagnostics"/> and,
/// when it failed for another reason than its code (e.g. a restart interrupted it), <see cref="FailureReason"/>.
/// </summary>
public sealed record BuildRecord(
    string Service,
    int Id,
    BuildStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<BuildFunction> Functions,
    IReadOnlyList<BuildAsset> Assets,
    IReadOnlyList<BuildLibFile> Lib,
    IReadOnlyList<BuildDiagnostic> Diagnostics,
    int? BaseBuildId,
    BuildOrigin Origin,
    string? FailureReason = null);
