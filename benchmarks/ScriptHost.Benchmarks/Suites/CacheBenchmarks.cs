using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ScriptHost.Benchmarks.Support;
using ScriptHost.Sandbox.Caching;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Loading;

namespace ScriptHost.Benchmarks.Suites;

/// <summary>
/// A cache hit on the per-request path (<see cref="CompiledFunctionCache.GetOrLoad"/> by owner and build, as the
/// server's runner calls it) against a plain concurrent dictionary lookup by the same owner, among 200 cached functions.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CacheBenchmarks
{
    private const int CachedFunctions = 200;

    private readonly ConcurrentDictionary<string, LoadedScript> _dictionary = new(StringComparer.Ordinal);
    private CompiledFunctionCache _cache = null!;
    private CompiledScript _probe = null!;
    private string _probeOwner = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _cache = new CompiledFunctionCache(SandboxSetup.NewCompiler(), new CompiledFunctionCacheOptions { MaxEntries = CachedFunctions * 2 });
        var template = BenchmarkScripts.TenLines;
        for (var i = 0; i < CachedFunctions; i++)
        {
            var build = (await _cache.CompileAsync(BenchmarkScripts.Distinct(template))).Script!;
            var owner = $"bench/f{i}@1";
            _dictionary[owner] = _cache.GetOrLoad(owner, build);
            _probe = build;
            _probeOwner = owner;
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _cache.Dispose();

    [Benchmark(Baseline = true, Description = "ConcurrentDictionary lookup")]
    [BenchmarkCategory("cache-hit")]
    public LoadedScript DictionaryHit() => _dictionary[_probeOwner];

    [Benchmark(Description = "CompiledFunctionCache.GetOrLoad hit")]
    [BenchmarkCategory("cache-hit")]
    public LoadedScript CacheHit() => _cache.GetOrLoad(_probeOwner, _probe);
}
