namespace ScriptHost.Storage.Assets;

/// <summary>Per-service static files (audio for TwiML, images, JSON), kept in LiteDB file storage.</summary>
public interface IAssetStore
{
    /// <summary>Creates or replaces an asset. Throws <see cref="Errors.StorageNotFoundException"/> if the service does not exist.</summary>
    Task<AssetInfo> PutAssetAsync(string service, string path, ReadOnlyMemory<byte> content, string contentType, AssetVisibility visibility, CancellationToken cancellationToken);

    /// <summary>The asset with its content, or <c>null</c>.</summary>
    Task<Asset?> GetAssetAsync(string service, string path, CancellationToken cancellationToken);

    /// <summary>The service's assets, ordered by path.</summary>
    Task<IReadOnlyList<AssetInfo>> ListAssetsAsync(string service, CancellationToken cancellationToken);

    /// <summary>Deletes an asset; <c>false</c> if it did not exist.</summary>
    Task<bool> DeleteAssetAsync(string service, string path, CancellationToken cancellationToken);
}
