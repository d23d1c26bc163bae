namespace ScriptHost.Storage.Functions;

/// <summary>A version's metadata without its source or image, for listings.</summary>
public sealed record FunctionVersionInfo(
    int Number,
    string SourceSha256,
    string BuildKey,
    int ImageLength,
    DateTimeOffset CreatedAt);
