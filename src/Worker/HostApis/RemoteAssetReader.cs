using System.Text;
using ScriptHost.Functions;
using ScriptHost.Worker.Protocol.Messages;

namespace ScriptHost.Worker.HostApis;

/// <summary>A function's <c>Assets</c> in a worker: read from the host's store for the invocation's service.</summary>
internal sealed class RemoteAssetReader(HostApiClient host, long invocationId, CancellationToken cancellation) : IAssetReader
{
    public async Task<string?> ReadTextAsync(string path) =>
        await ReadBytesAsync(path).ConfigureAwait(false) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    public async Task<byte[]?> ReadBytesAsync(string path) =>
        (await host.CallAsync<BytesValue>(invocationId, new AssetRead(path), cancellation).ConfigureAwait(false)).Value;
}
