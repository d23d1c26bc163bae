using ScriptHost.Storage.Assets;

namespace ScriptHost.Storage.Builds;

/// <summary>An asset of a build: its path and how it is served, and the blob (by SHA-256) holding its content.</summary>
public sealed record BuildAsset(
    string Path,
    AssetVisibility Visibility,
    string ContentType,
    string Sha256,
    long Length);
