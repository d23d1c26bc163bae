using ScriptHost.Functions;
using ScriptHost.Storage;

namespace ScriptHost.Invocation.HostApis;

/// <summary>A function's <c>Store</c>: its service's key-value entries, bounded by the invocation's cancellation.</summary>
internal sealed class ScriptKeyValueStore(IScriptHostStore store, string service, CancellationToken cancellation) : IKeyValueStore
{
    private const int MaxListedKeys = 1000;

    public Task<string?> GetAsync(string key) => store.KeyValue.GetAsync(service, key, cancellation);

    public Task SetAsync(string key, string value) => store.KeyValue.SetAsync(service, key, value, cancellation);

    public Task<bool> DeleteAsync(string key) => store.KeyValue.DeleteAsync(service, key, cancellation);

    public Task<IReadOnlyList<string>> ListAsync(string prefix = "") =>
        store.KeyValue.ListKeysAsync(service, prefix ?? string.Empty, MaxListedKeys, cancellation);
}
