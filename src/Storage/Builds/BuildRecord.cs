namespace ScriptHost.Storage.Builds;

/// <summary>
/// A build: an immutable set of function versions, assets and shared code, numbered per service (1, 2, 3 …).
/// <see cref="Requested"/> are the functions it was queued with, and once it has finished whether each compiled;
/// <see cref="Functions"/>, their versions and images, are known once it completes. A build keeps its
/// <see cref="Diagnostics"/>: a completed one its warnings, a failed one its errors and warnings and, when it failed
/// for another reason than its code (e.g. a restart interrupted it), <see cref="FailureReason"/>. Builds stored before
/// <see cref="Requested"/> existed have none.
/// </summary>
public sealed record BuildRecord(
    string Service,
    int Id,
    BuildStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<RequestedBuildFunction> Requested,
    IReadOnlyList<BuildFunction> Functions,
    IReadOnlyList<BuildAsset> Assets,
    IReadOnlyList<BuildLibFile> Lib,
    IReadOnlyList<BuildDiagnostic> Diagnostics,
    int? BaseBuildId,
    BuildOrigin Origin,
    string? FailureReason = null);
