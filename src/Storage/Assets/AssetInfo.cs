namespace ScriptHost.Storage.Assets;

/// <summary>An asset's metadata, for listings and HTTP headers.</summary>
public sealed record AssetInfo(
    string Service,
    string Path,
    string ContentType,
    AssetVisibility Visibility,
    long Length,
    DateTimeOffset UploadedAt);
