using ScriptHost.Storage.Assets;

namespace ScriptHost.Assets;

/// <summary>An asset: its path, media type, visibility, size in bytes and when it was uploaded.</summary>
internal sealed record AssetDto(string Path, string ContentType, AssetVisibility Visibility, long Length, DateTimeOffset UploadedAt)
{
    public static AssetDto From(AssetInfo info) => new(info.Path, info.ContentType, info.Visibility, info.Length, info.UploadedAt);
}
