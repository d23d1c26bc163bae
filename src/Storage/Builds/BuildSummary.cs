namespace ScriptHost.Storage.Builds;

/// <summary>A build without its contents, for listings.</summary>
public sealed record BuildSummary(
    string Service,
    int Id,
    BuildStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    int? BaseBuildId,
    BuildOrigin Origin,
    int FunctionCount,
    int AssetCount,
    int LibFileCount,
    int DiagnosticCount,
    string? FailureReason);
