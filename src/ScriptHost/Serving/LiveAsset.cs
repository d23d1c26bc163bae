using ScriptHost.Storage.Assets;

namespace ScriptHost.Serving;

/// <summary>An asset of a live build: how it is served, and the blob (by SHA-256) its content is read from.</summary>
internal sealed record LiveAsset(string Path, string Sha256, string ContentType, AssetVisibility Visibility, long Length);
