namespace ScriptHost.Storage.Blobs;

/// <summary>A stored asset blob: the SHA-256 that addresses it and its length in bytes.</summary>
public sealed record AssetBlobInfo(string Sha256, long Length);
