using ScriptHost.Api.Contracts.Assets;
using ScriptHost.Contracts;
using ScriptHost.Serving;

namespace ScriptHost.Assets;

/// <summary>Live assets as the API shows them.</summary>
internal static class AssetDtoMapping
{
    extension(AssetDto)
    {
        public static AssetDto From(LiveAsset asset) => new(asset.Path, asset.Visibility.ToWire(), asset.ContentType, asset.Sha256, asset.Length);
    }
}
