using System.Text;
using ScriptHost.Functions;
using ScriptHost.Serving;

namespace ScriptHost.Invocation.HostApis;

/// <summary>A function's <c>Assets</c>: the assets of the build its request captured, protected and private ones included.</summary>
internal sealed class ScriptAssetReader(AssetContents contents, EnvironmentSnapshot environment, CancellationToken cancellation) : IAssetReader
{
    public async Task<string?> ReadTextAsync(string path) =>
        await ReadBytesAsync(path) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    public async Task<byte[]?> ReadBytesAsync(string path)
    {
        if (!environment.Build.Assets.TryGetValue(Normalize(path), out var asset))
        {
            return null;
        }

        // A copy: the cached content is shared by every reader.
        return await contents.ReadAsync(environment.Service.Name, asset, cancellation) is { } content ? [.. content] : null;
    }

    private static string Normalize(string path) => path.StartsWith('/') ? path : "/" + path;
}
