using System.Text;
using ScriptHost.Functions;
using ScriptHost.Storage;

namespace ScriptHost.Invocation.HostApis;

/// <summary>A function's <c>Assets</c>: its service's assets, private ones included.</summary>
internal sealed class ScriptAssetReader(IScriptHostStore store, string service, CancellationToken cancellation) : IAssetReader
{
    public async Task<string?> ReadTextAsync(string path) =>
        await ReadBytesAsync(path) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    public async Task<byte[]?> ReadBytesAsync(string path)
    {
        var asset = await store.Assets.GetAssetAsync(service, Normalize(path), cancellation);
        return asset?.Content.ToArray();
    }

    private static string Normalize(string path) => path.StartsWith('/') ? path : "/" + path;
}
