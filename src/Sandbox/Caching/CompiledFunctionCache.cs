using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Compilation.SharedCode;
using ScriptHost.Sandbox.Loading;

namespace ScriptHost.Sandbox.Caching;

/// <summary>
/// Loaded scripts, one per owner, and compiles shared by build key. An owner is what the host says a load belongs
/// to — one version of one function of one service (for instance <c>svc/sms@3</c>) — and a load is never shared
/// between owners: statics a script writes are seen by that function version alone, never by another service,
/// another function with the same source, or a later version. Compiling, by contrast, is deduplicated: concurrent
/// compiles of one source share one, and its image is immutable bytes that hold no state. Loads are bounded in count;
/// one leaving the cache (evicted, expired, removed or replaced) has its load context unloaded.
/// </summary>
public sealed class CompiledFunctionCache : IDisposable
{
    private readonly ScriptCompiler _compiler;
    private readonly CompiledFunctionCacheOptions _options;
    private readonly MemoryCache _loads;
    private readonly ConcurrentDictionary<string, Lazy<Task<CompileResult>>> _compiling = new(StringComparer.Ordinal);

    // Serialises loading on a miss, so two first requests for one owner end with one load, not two that each saw
    // statics of their own. Misses are rare (first call after a deploy, a restart or an eviction) and cost ~1 ms.
    private readonly Lock _loading = new();

    /// <summary>Creates a cache that compiles with <paramref name="compiler"/>.</summary>
    public CompiledFunctionCache(ScriptCompiler compiler, CompiledFunctionCacheOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        _compiler = compiler;
        _options = options ?? new CompiledFunctionCacheOptions();
        _loads = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.MaxEntries, CompactionPercentage = 0.1 });
    }

    /// <summary>Loaded scripts currently cached.</summary>
    public int Count => _loads.Count;

    /// <summary>The compiler this cache uses.</summary>
    public ScriptCompiler Compiler => _compiler;

    /// <summary>
    /// Compiles <paramref name="source"/>, or joins a compile of the same build already under way. Nothing is loaded:
    /// load the image with <see cref="GetOrLoad"/> under the owner that will run it.
    /// </summary>
    public Task<CompileResult> CompileAsync(string source, CancellationToken cancellationToken = default) =>
        CompileAsync(source, fileName: null, sharedCode: [], cancellationToken);

    /// <summary>
    /// Compiles the function <paramref name="source"/> with its build's <paramref name="sharedCode"/>, or joins a
    /// compile of the same build under way (the same source and shared code, whatever the function is called: the
    /// diagnostics of the function's own source are named <paramref name="fileName"/> for this caller alone).
    /// </summary>
    public async Task<CompileResult> CompileAsync(
        string source, string? fileName, IReadOnlyList<SharedCodeFile> sharedCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sharedCode);

        // The shared compile belongs to no single caller: it is bounded by the compiler's own time limit, and each caller
        // stops waiting on its own token, so one caller giving up never cancels the compile for those who joined it.
        var compile = _compiling.GetOrAdd(
            _compiler.KeyFor(source, sharedCode), key => new Lazy<Task<CompileResult>>(() => CompileSharedAsync(key, source, sharedCode)));
        var result = await compile.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        return result.InFunctionFile(fileName);
    }

    /// <summary>The script <paramref name="owner"/> has loaded from build <paramref name="buildKey"/>, if it is still loaded.</summary>
    public bool TryGet(string owner, string buildKey, out LoadedScript script)
    {
        if (_loads.TryGetValue(owner, out var value) && value is LoadedScript loaded && loaded.Key == buildKey && !loaded.IsUnloaded)
        {
            script = loaded;
            return true;
        }

        script = null!;
        return false;
    }

    /// <summary>
    /// <paramref name="owner"/>'s load of <paramref name="compiled"/>, loading it into a context of its own on a miss.
    /// An owner holds one load: loading another build for it replaces (and unloads) the one it had.
    /// </summary>
    public LoadedScript GetOrLoad(string owner, CompiledScript compiled)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentNullException.ThrowIfNull(compiled);
        if (TryGet(owner, compiled.Key, out var loaded))
        {
            return loaded;
        }

        lock (_loading)
        {
            if (TryGet(owner, compiled.Key, out loaded))
            {
                return loaded;
            }

            var replaced = _loads.TryGetValue(owner, out var value) ? value as LoadedScript : null;
            loaded = ScriptLoader.Load(compiled);
            var entryOptions = new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = _options.SlidingExpiration };
            entryOptions.RegisterPostEvictionCallback(static (_, value, reason, _) =>
            {
                if (value is LoadedScript evicted && reason != EvictionReason.None)
                {
                    evicted.Unload();
                }
            });
            _loads.Set(owner, loaded, entryOptions);

            // Eviction callbacks run later on the pool; the owner's old build must not stay runnable until then.
            replaced?.Unload();
            return loaded;
        }
    }

    /// <summary>Drops <paramref name="owner"/>'s load and unloads it now (eviction callbacks run later).</summary>
    public void Remove(string owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (_loads.TryGetValue(owner, out var value) && value is LoadedScript loaded)
        {
            _loads.Remove(owner);
            loaded.Unload();
        }
    }

    /// <summary>
    /// Drops <paramref name="owner"/>'s load only if it is still <paramref name="script"/> (a load that must not run
    /// again), and unloads <paramref name="script"/> either way; the owner's next call loads afresh.
    /// </summary>
    public void Discard(string owner, LoadedScript script)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(script);
        lock (_loading)
        {
            if (_loads.TryGetValue(owner, out var value) && ReferenceEquals(value, script))
            {
                _loads.Remove(owner);
            }
        }

        script.Unload();
    }

    /// <summary>Unloads every cached script.</summary>
    public void Clear() => _loads.Clear();

    /// <inheritdoc />
    public void Dispose() => _loads.Dispose();

    private async Task<CompileResult> CompileSharedAsync(string key, string source, IReadOnlyList<SharedCodeFile> sharedCode)
    {
        try
        {
            return await _compiler.CompileAsync(source, fileName: null, sharedCode, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _compiling.TryRemove(key, out _);
        }
    }
}
