namespace ScriptHost.Storage.Blobs;

/// <summary>
/// Content-addressed bytes of one service: asset content by SHA-256, compiled images by image key. Never shared between
/// services — a shared cache would let one tenant learn, by timing, what another has stored. Puts are idempotent and each
/// runs in its own short transaction, so a large bundle's blobs are stored before its build without holding up other
/// writes; a blob no build references is harmless (collecting them is later work). Writes for an unknown service
/// throw <see cref="Errors.StorageNotFoundException"/>.
/// </summary>
public interface IBlobStore
{
    /// <summary>Stores <paramref name="content"/> unless the service already has it; returns its hash and length.</summary>
    Task<AssetBlobInfo> PutAssetBlobAsync(string service, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    Task<bool> HasAssetBlobAsync(string service, string sha256, CancellationToken cancellationToken);

    /// <summary>The content, or <c>null</c> if the service has no blob with that hash.</summary>
    Task<ReadOnlyMemory<byte>?> GetAssetBlobAsync(string service, string sha256, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a compiled image under its key unless one is stored (the key names its source and compiler, so an image
    /// stored under it is as good); returns <c>true</c> if this call stored it.
    /// </summary>
    Task<bool> PutImageAsync(string service, string imageKey, ReadOnlyMemory<byte> image, CancellationToken cancellationToken);

    Task<bool> HasImageAsync(string service, string imageKey, CancellationToken cancellationToken);

    /// <summary>The image, or <c>null</c> if the service has none under that key.</summary>
    Task<ReadOnlyMemory<byte>?> GetImageAsync(string service, string imageKey, CancellationToken cancellationToken);
}
