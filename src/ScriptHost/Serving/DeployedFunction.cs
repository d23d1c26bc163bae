using ScriptHost.Sandbox.Caching;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Loading;
using ScriptHost.Storage.Functions;

namespace ScriptHost.Serving;

/// <summary>
/// A function of a live build as the request path sees it: everything needed to run it, in memory, what a build
/// derived from this one needs to carry it over unchanged (its version, source and stored limits), and what the
/// management listings show of it.
/// </summary>
internal sealed class DeployedFunction(
    string service,
    string environment,
    string path,
    int version,
    FunctionVisibility visibility,
    FunctionLimits storedLimits,
    InvocationLimits limits,
    string source,
    string sourceSha256,
    CompiledScript compiled)
{
    private LoadedScript? _loaded;
    private volatile bool _retired;

    public string Service { get; } = service;

    public string Environment { get; } = environment;

    public string Path { get; } = path;

    public int Version { get; } = version;

    public FunctionVisibility Visibility { get; } = visibility;

    /// <summary>The limits as deployed (null: the host's defaults), kept for the next build derived from this one.</summary>
    public FunctionLimits StoredLimits { get; } = storedLimits;

    public InvocationLimits Limits { get; } = limits;

    public string Source { get; } = source;

    /// <summary>The SHA-256 of <see cref="Source"/> (lowercase hex), as the build and its version store it.</summary>
    public string SourceSha256 { get; } = sourceSha256;

    public CompiledScript Compiled { get; } = compiled;

    /// <summary>
    /// Whose load this function runs in: one version and image of one function of one environment. Two services, two
    /// environments (dev and production serving one build), two functions with the same source and two versions of one
    /// function never share a load, so never share statics; a deployment that keeps a function's version and image keeps
    /// its load.
    /// </summary>
    public string LoadOwner { get; } = $"{service}@{environment}{path}@{version}#{compiled.Key}";

    /// <summary>True once no live build has this load: a request that captured it still runs it, then drops the load.</summary>
    public bool IsRetired => _retired;

    /// <summary>
    /// The loaded script, remembered here so a warm request skips the cache lookup (measured ~1.3 µs). When the cache
    /// evicts and unloads it, the next request notices and asks the cache again, which loads it back from the image.
    /// </summary>
    public LoadedScript LoadFrom(CompiledFunctionCache cache)
    {
        var loaded = Volatile.Read(ref _loaded);
        if (loaded is null || loaded.IsUnloaded)
        {
            loaded = cache.GetOrLoad(LoadOwner, Compiled);
            Volatile.Write(ref _loaded, loaded);

            // A request that resolved this version just before it was replaced may load it after Retire ran; the
            // request still runs, but the load must not stay cached with nothing left to call it.
            if (_retired)
            {
                cache.Discard(LoadOwner, loaded);
            }
        }

        return loaded;
    }

    /// <summary>
    /// Called when no live build of its environment has this load any more (replaced, rolled back from, deleted, its
    /// environment or service deleted): unloads
    /// its load, in-process and in the service's workers, so a later deploy or rollback starts with fresh statics.
    /// </summary>
    public void Retire(CompiledFunctionCache cache, IRemoteLoads remoteLoads)
    {
        _retired = true;
        cache.Remove(LoadOwner);
        remoteLoads.Unload(Service, LoadOwner);
    }
}
