using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Loading;

namespace ScriptHost.Sandbox.Caching;

/// <summary>
/// Loaded scripts by build key, bounded in count. A script leaving the cache (evicted, expired or removed) has its
/// load context unloaded. Concurrent requests for the same uncompiled source share one compile.
/// </summary>
public sealed class CompiledFunctionCache : IDisposable
{
    private readonly ScriptCompiler _compiler;
    private readonly CompiledFunctionCacheOptions _options;
    private readonly MemoryCache _cache;
    private readonly ConcurrentDictionary<string, Lazy<Task<CacheLookup>>> _inFlight = new(StringComparer.Ordinal);

    /// <summary>Creates a cache that compiles with <paramref name="compiler"/>.</summary>
    public CompiledFunctionCache(ScriptCompiler compiler, CompiledFunctionCacheOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        _compiler = compiler;
        _options = options ?? new CompiledFunctionCacheOptions();
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.MaxEntries, CompactionPercentage = 0.1 });
    }

    /// <summary>Loaded scripts currently cached.</summary>
    public int Count => _cache.Count;

    /// <summary>The compiler this cache uses.</summary>
    public ScriptCompiler Compiler => _compiler;

    /// <summary>The cached function for <paramref name="key"/>, if loaded.</summary>
    public bool TryGet(string key, out CachedFunction function)
    {
        if (_cache.TryGetValue(key, out var value) && value is CachedFunction cached)
        {
            function = cached;
            return true;
        }

        function = null!;
        return false;
    }

    /// <summary>The cached function for <paramref name="source"/>, compiling and loading it on a miss.</summary>
    public Task<CacheLookup> GetOrCompileAsync(string source, CancellationToken cancellationToken = default)
    {
        var key = _compiler.KeyFor(source);
        if (TryGet(key, out var cached))
        {
            return Task.FromResult(new CacheLookup(cached, cached.Warnings, Compiled: false));
        }

        // The shared compile belongs to no single caller: it is bounded by the compiler's own time limit, and each caller
        // stops waiting on its own token, so one caller giving up never cancels the compile for those who joined it.
        var compile = _inFlight.GetOrAdd(key, k => new Lazy<Task<CacheLookup>>(() => CompileAndAddAsync(k, source, CancellationToken.None)));
        return compile.Value.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// The cached function for an already compiled image (for instance one read back from storage after a restart),
    /// loading it without recompiling on a miss.
    /// </summary>
    public CachedFunction GetOrLoad(CompiledScript compiled)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        if (TryGet(compiled.Key, out var cached))
        {
            return cached;
        }

        var function = new CachedFunction(compiled, ScriptLoader.Load(compiled), []);
        return Add(function);
    }

    /// <summary>Drops <paramref name="key"/> from the cache and unloads its script now (eviction callbacks run later).</summary>
    public void Remove(string key)
    {
        if (TryGet(key, out var function))
        {
            _cache.Remove(key);
            function.Loaded.Unload();
        }
    }

    /// <summary>
    /// Unloads <paramref name="loaded"/> and drops it from the cache if it is the cached load of its build, so the next
    /// lookup loads the compiled image afresh (the invoker asks for this when a limit broke one of its static
    /// constructors). Invocations still running in it finish; the context is collected after them.
    /// </summary>
    public void Discard(LoadedScript loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        if (TryGet(loaded.Key, out var cached) && ReferenceEquals(cached.Loaded, loaded))
        {
            _cache.Remove(loaded.Key);
        }

        loaded.Unload();
    }

    /// <summary>Unloads every cached script.</summary>
    public void Clear() => _cache.Clear();

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();

    private async Task<CacheLookup> CompileAndAddAsync(string key, string source, CancellationToken cancellationToken)
    {
        try
        {
            var result = await _compiler.CompileAsync(source, cancellationToken).ConfigureAwait(false);
            if (result.Script is null)
            {
                return new CacheLookup(null, result.Diagnostics, Compiled: true);
            }

            var function = Add(new CachedFunction(result.Script, ScriptLoader.Load(result.Script), result.Diagnostics));
            return new CacheLookup(function, result.Diagnostics, Compiled: true);
        }
        finally
        {
            _inFlight.TryRemove(key, out _);
        }
    }

    private CachedFunction Add(CachedFunction function)
    {
        var entryOptions = new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = _options.SlidingExpiration };
        entryOptions.RegisterPostEvictionCallback(static (_, value, reason, _) =>
        {
            // Replaced means the same key was set again with a new load of the same build; unload the old one too.
            if (value is CachedFunction evicted && reason != EvictionReason.None)
            {
                evicted.Loaded.Unload();
            }
        });
        _cache.Set(function.Compiled.Key, function, entryOptions);
        return function;
    }
}
