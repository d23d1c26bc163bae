using ScriptHost.Functions;
using ScriptHost.Worker.Protocol.Messages;

namespace ScriptHost.Worker.HostApis;

/// <summary>A function's <c>Store</c> in a worker: each call is served by the host's store for the invocation's service.</summary>
internal sealed class RemoteKeyValueStore(HostApiClient host, long invocationId, CancellationToken cancellation) : IKeyValueStore
{
    public async Task<string?> GetAsync(string key) =>
        (await host.CallAsync<TextValue>(invocationId, new StoreGet(WireText.RequireExact(key, nameof(key))), cancellation).ConfigureAwait(false)).Value;

    public Task SetAsync(string key, string value) =>
        host.CallAsync<FlagValue>(invocationId, new StoreSet(WireText.RequireExact(key, nameof(key)), WireText.RequireExact(value, nameof(value))), cancellation);

    public async Task<bool> DeleteAsync(string key) =>
        (await host.CallAsync<FlagValue>(invocationId, new StoreDelete(WireText.RequireExact(key, nameof(key))), cancellation).ConfigureAwait(false)).Value;

    public async Task<IReadOnlyList<string>> ListAsync(string prefix = "") =>
        (await host.CallAsync<TextListValue>(invocationId, new StoreList(WireText.RequireExact(prefix ?? string.Empty, nameof(prefix))), cancellation).ConfigureAwait(false)).Values;
}
