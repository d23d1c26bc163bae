namespace ScriptHost.Storage.Functions;

/// <summary>A function: a path within a service, which version is live, and how it may be called.</summary>
public sealed record FunctionRecord(
    string Service,
    string Path,
    int ActiveVersion,
    int LatestVersion,
    FunctionVisibility Visibility,
    FunctionLimits Limits,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
