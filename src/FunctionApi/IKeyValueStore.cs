namespace ScriptHost.Functions;

/// <summary>
/// The service's own key-value store, shared by all its functions. Values are text up to 64 KB; the service has a
/// quota. Every call observes the invocation's cancellation. A key or value the store cannot hold (empty or too long
/// a key, control characters in a key, a lone surrogate) throws <see cref="System.ArgumentException"/>.
/// </summary>
public interface IKeyValueStore
{
    /// <summary>The value stored under <paramref name="key"/>, or null.</summary>
    Task<string?> GetAsync(string key);

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, replacing any previous value.</summary>
    Task SetAsync(string key, string value);

    /// <summary>Removes <paramref name="key"/>; true when it existed.</summary>
    Task<bool> DeleteAsync(string key);

    /// <summary>The keys starting with <paramref name="prefix"/>, in ordinal order.</summary>
    Task<IReadOnlyList<string>> ListAsync(string prefix = "");
}
