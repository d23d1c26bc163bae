using System.Globalization;
using System.Runtime.CompilerServices;
using ScriptHost.Sandbox.Caching;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Sandbox.Tests.Support;
using ScriptHost.TestGlobals;

namespace ScriptHost.Sandbox.Tests.Caching;

[Collection(ScriptCollection.Name)]
public sealed class CompiledFunctionCacheTests
{
    [Fact]
    public async Task Churn_FiveHundredDistinctScriptsCompiledRunAndEvicted_EveryLoadContextIsCollected()
    {
        var contexts = await ChurnAsync(scripts: 500, maxEntries: 50);

        Assert.Equal(500, contexts.Count);
        Assert.Equal(0, LoadContextCollection.AliveAfterCollecting(contexts));
    }

    [Fact]
    public async Task GetOrCompile_SameSourceRequestedConcurrently_CompilesOnce()
    {
        // A compiler of its own: other test classes compile with the shared one in parallel.
        var compiler = new ScriptCompiler(new SandboxOptions { GlobalsType = typeof(TestHost), ApiAssemblies = [typeof(TestHost).Assembly] });
        using var cache = new CompiledFunctionCache(compiler);
        var source = "return \"" + Guid.NewGuid() + "\";";

        var lookups = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => cache.GetOrCompileAsync(source)));

        Assert.Single(lookups.Select(l => l.Function!.Loaded).Distinct());
        Assert.Equal(1, compiler.ScriptsCompiled);
    }

    [Fact]
    public async Task GetOrCompile_FirstCallerCancels_CallerWhoJoinedStillGetsTheCompiledScript()
    {
        using var cache = new CompiledFunctionCache(SandboxFixture.Compiler);
        var source = "return \"" + Guid.NewGuid() + "\";";
        using var firstCaller = new CancellationTokenSource();

        var first = cache.GetOrCompileAsync(source, firstCaller.Token);
        var joined = cache.GetOrCompileAsync(source);
        await firstCaller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.True((await joined).Succeeded);
    }

    [Fact]
    public async Task GetOrCompile_CachedSource_ReturnsTheSameLoadedScriptWithoutCompiling()
    {
        using var cache = new CompiledFunctionCache(SandboxFixture.Compiler);
        var source = "return 7;";
        var first = await cache.GetOrCompileAsync(source);

        var second = await cache.GetOrCompileAsync(source);

        Assert.False(second.Compiled);
        Assert.Same(first.Function!.Loaded, second.Function!.Loaded);
    }

    [Fact]
    public async Task GetOrCompile_SourceWithErrors_ReturnsDiagnosticsAndCachesNothing()
    {
        using var cache = new CompiledFunctionCache(SandboxFixture.Compiler);

        var lookup = await cache.GetOrCompileAsync("return undefinedName;");

        Assert.False(lookup.Succeeded);
        Assert.Contains(lookup.Diagnostics, d => d.Id == "CS0103");
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task GetOrLoad_PersistedImageAfterEviction_LoadsWithoutRecompilingAndRuns()
    {
        var compiler = new ScriptCompiler(new SandboxOptions { GlobalsType = typeof(TestHost), ApiAssemblies = [typeof(TestHost).Assembly] });
        using var cache = new CompiledFunctionCache(compiler);
        var compiled = (await cache.GetOrCompileAsync("return Input + \"!\";")).Function!.Compiled;
        cache.Remove(compiled.Key);

        var reloaded = cache.GetOrLoad(new CompiledScript(compiled.Key, compiled.AssemblyImage.ToArray()));
        var result = await new FunctionInvoker().InvokeAsync(reloaded.Loaded, new TestHost("hi"), InvocationLimits.Default);

        Assert.Equal("hi!", result.Value);
        Assert.Equal(1, compiler.ScriptsCompiled);
    }

    [Fact]
    public async Task Remove_CachedScript_UnloadsItsLoadContext()
    {
        using var cache = new CompiledFunctionCache(SandboxFixture.Compiler);
        var context = await LoadAndRemoveAsync(cache);

        Assert.Equal(0, LoadContextCollection.AliveAfterCollecting([context]));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> LoadAndRemoveAsync(CompiledFunctionCache cache)
    {
        var lookup = await cache.GetOrCompileAsync("record Point(int X, int Y);\nreturn new Point(1, 2).ToString();");
        var loaded = lookup.Function!.Loaded;
        var result = await new FunctionInvoker().InvokeAsync(loaded, new TestHost(), InvocationLimits.Default);
        Assert.Equal("Point { X = 1, Y = 2 }", result.Value);
        cache.Remove(lookup.Function.Compiled.Key);
        Assert.True(loaded.IsUnloaded);
        return loaded.LoadContextReference;
    }

    // Kept out of line so no local of the caller keeps a script alive while the test waits for collection.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<List<WeakReference>> ChurnAsync(int scripts, int maxEntries)
    {
        var contexts = new List<WeakReference>(scripts);
        using var cache = new CompiledFunctionCache(SandboxFixture.Compiler, new CompiledFunctionCacheOptions { MaxEntries = maxEntries });
        var invoker = new FunctionInvoker();
        for (var i = 0; i < scripts; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            var source = $"record Item{n}(int Value);\nvar items = new List<Item{n}> {{ new({n}), new(1) }};\nreturn items.Sum(x => x.Value);";
            var lookup = await cache.GetOrCompileAsync(source);
            Assert.True(lookup.Succeeded, string.Join("; ", lookup.Diagnostics));
            var result = await invoker.InvokeAsync(lookup.Function!.Loaded, new TestHost(), InvocationLimits.Default);
            Assert.Equal(i + 1, result.Value);
            contexts.Add(lookup.Function.Loaded.LoadContextReference);
        }

        cache.Clear();
        return contexts;
    }
}
