using Microsoft.Extensions.Caching.Memory;
using ScriptHost.Storage;

namespace ScriptHost.Serving;

/// <summary>
/// Content of live assets by (service, SHA-256), read from the blob store once and kept in memory up to a bound, so
/// serving an asset does not read storage on every request. Content-addressed: a cached entry can never be stale.
/// </summary>
internal sealed class AssetContents(IScriptHostStore store) : IDisposable
{
    /// <summary>Bytes of asset content kept in memory; an asset larger than this is read from storage each time.</summary>
    public const long MaxCachedBytes = 64L * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxCachedBytes });

    /// <summary>The content of <paramref name="asset"/> of <paramref name="service"/>, or null if its blob is gone.</summary>
    public async Task<byte[]?> ReadAsync(string service, LiveAsset asset, CancellationToken cancellationToken)
    {
        var key = (service, asset.Sha256);
        if (_cache.TryGetValue(key, out byte[]? cached))
        {
            return cached;
        }

        if (await store.Blobs.GetAssetBlobAsync(service, asset.Sha256, cancellationToken) is not { } content)
        {
            return null;
        }

        var bytes = content.ToArray();
        _cache.Set(key, bytes, new MemoryCacheEntryOptions { Size = Math.Max(1, bytes.Length) });
        return bytes;
    }

    public void Dispose() => _cache.Dispose();
}
