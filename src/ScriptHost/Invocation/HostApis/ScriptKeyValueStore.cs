using ScriptHost.Functions;
using ScriptHost.Storage;
using ScriptHost.Storage.Errors;

namespace ScriptHost.Invocation.HostApis;

/// <summary>
/// A function's <c>Store</c>: its service's key-value entries, bounded by the invocation's cancellation. A key or
/// value the store refuses reaches the script as an <see cref="ArgumentException"/>, the exception .NET code expects
/// for a bad argument, and a full store as a <see cref="StoreQuotaExceededException"/>, rather than as storage types it
/// cannot name (and a worker could not recreate).
/// </summary>
internal sealed class ScriptKeyValueStore(IScriptHostStore store, string service, CancellationToken cancellation) : IKeyValueStore
{
    private const int MaxListedKeys = 1000;

    public Task<string?> GetAsync(string key) => Refusing(() => store.KeyValue.GetAsync(service, key, cancellation));

    public Task SetAsync(string key, string value) => Refusing(async () =>
    {
        await store.KeyValue.SetAsync(service, key, value, cancellation);
        return true;
    });

    public Task<bool> DeleteAsync(string key) => Refusing(() => store.KeyValue.DeleteAsync(service, key, cancellation));

    public Task<IReadOnlyList<string>> ListAsync(string prefix = "") =>
        Refusing(() => store.KeyValue.ListKeysAsync(service, prefix ?? string.Empty, MaxListedKeys, cancellation));

    private static async Task<T> Refusing<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (StorageValidationException refused)
        {
            throw new ArgumentException(refused.Message, refused.ParameterName);
        }
        catch (QuotaExceededException full)
        {
            throw new StoreQuotaExceededException(full.Message);
        }
    }
}
