using System.Text.Json.Serialization;
using ScriptHost.Storage.Assets;

namespace ScriptHost.Assets;

/// <summary>
/// An asset: its path, media type, visibility, size in bytes and when it was uploaded; after an upload, also the build
/// and production deployment that made it live.
/// </summary>
internal sealed record AssetDto(
    string Path,
    string ContentType,
    AssetVisibility Visibility,
    long Length,
    DateTimeOffset UploadedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? BuildId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? DeploymentId = null)
{
    public static AssetDto From(AssetInfo info) => new(info.Path, info.ContentType, info.Visibility, info.Length, info.UploadedAt);
}
