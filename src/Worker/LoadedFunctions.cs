using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Loading;

namespace ScriptHost.Worker;

/// <summary>
/// The loads this worker holds, one per owner (one version of one function), each in its own collectible context, as
/// the host's in-process cache keeps them: statics stay per function version. The host decides what is loaded: it
/// sends an image with the first call of an owner and an unload when the version retires; the worker never evicts on
/// its own, and the host recycles it after a bounded number of invocations.
/// </summary>
internal sealed class LoadedFunctions
{
    private readonly Dictionary<string, LoadedScript> _loads = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _loads.Count;
            }
        }
    }

    /// <summary><paramref name="owner"/>'s load of <paramref name="buildKey"/>, loading <paramref name="image"/> when needed; null when neither is there.</summary>
    public LoadedScript? GetOrLoad(string owner, string buildKey, byte[]? image)
    {
        lock (_lock)
        {
            if (_loads.TryGetValue(owner, out var loaded) && loaded.Key == buildKey && !loaded.IsUnloaded)
            {
                return loaded;
            }

            if (image is null)
            {
                return null;
            }

            var fresh = ScriptLoader.Load(new CompiledScript(buildKey, image));
            if (_loads.Remove(owner, out var replaced))
            {
                replaced.Unload();
            }

            _loads[owner] = fresh;
            return fresh;
        }
    }

    /// <summary>Drops <paramref name="owner"/>'s load if it is still <paramref name="script"/>, and unloads <paramref name="script"/>.</summary>
    public void Discard(string owner, LoadedScript script)
    {
        lock (_lock)
        {
            if (_loads.TryGetValue(owner, out var current) && ReferenceEquals(current, script))
            {
                _loads.Remove(owner);
            }
        }

        script.Unload();
    }

    /// <summary>Drops and unloads <paramref name="owner"/>'s load, if any.</summary>
    public void Unload(string owner)
    {
        lock (_lock)
        {
            if (_loads.Remove(owner, out var loaded))
            {
                loaded.Unload();
            }
        }
    }
}
