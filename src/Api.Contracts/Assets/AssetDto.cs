using System.Text.Json.Serialization;

namespace ScriptHost.Api.Contracts.Assets;

/// <summary>
/// An asset as an environment serves it: its path, visibility, media type, the SHA-256 and size of its content (a
/// bundle can name the content by that hash instead of sending it again); after an upload, also the build and
/// production deployment that made it live.
/// </summary>
public sealed record AssetDto(
    string Path,
    AssetVisibility Visibility,
    string ContentType,
    string Sha256,
    long Length,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? BuildId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? DeploymentId = null);
