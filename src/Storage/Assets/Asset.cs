namespace ScriptHost.Storage.Assets;

/// <summary>An asset's metadata and content.</summary>
public sealed record Asset(AssetInfo Info, ReadOnlyMemory<byte> Content);
