using System.Text.Json.Serialization;
using ScriptHost.Serving;
using ScriptHost.Storage.Assets;

namespace ScriptHost.Assets;

/// <summary>
/// An asset as an environment serves it: its path, visibility, media type, the SHA-256 and size of its content (a
/// bundle can name the content by that hash instead of sending it again); after an upload, also the build and
/// production deployment that made it live.
/// </summary>
internal sealed record AssetDto(
    string Path,
    AssetVisibility Visibility,
    string ContentType,
    string Sha256,
    long Length,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? BuildId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? DeploymentId = null)
{
    public static AssetDto From(LiveAsset asset) => new(asset.Path, asset.Visibility, asset.ContentType, asset.Sha256, asset.Length);
}
