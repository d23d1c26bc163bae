using ScriptHost.Storage.Assets;

namespace ScriptHost.Storage.Builds;

/// <summary>An asset of a new build, by the SHA-256 of a blob the service already stores; the store adds its length.</summary>
public sealed record BuildAssetReference(string Path, AssetVisibility Visibility, string ContentType, string Sha256);
