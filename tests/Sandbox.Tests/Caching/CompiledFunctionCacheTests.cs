using System.Globalization;
using System.Runtime.CompilerServices;
using ScriptHost.Sandbox.Caching;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Compilation.SharedCode;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Sandbox.Loading;
using ScriptHost.Sandbox.Tests.Support;
using ScriptHost.TestGlobals;

namespace ScriptHost.Sandbox.Tests.Caching;

[Collection(ScriptCollection.Name)]
public sealed class CompiledFunctionCacheTests
{
    // A static the script increments on each call: what one load's statics have seen.
    private const string CounterSource = "class Counter { public static int Calls; }\nreturn ++Counter.Calls;";

    [Fact]
    public async Task Churn_FiveHundredDistinctScriptsCompiledRunAndEvicted_EveryLoadContextIsCollected()
    {
        var contexts = await ChurnAsync(scripts: 500, maxEntries: 50);

        Assert.Equal(500, contexts.Count);
        Assert.Equal(0, LoadContextCollection.AliveAfterCollecting(contexts));
    }

    [Fact]
    public async Task Compile_SameSourceRequestedConcurrently_CompilesOnce()
    {
        // A compiler of its own: other test classes compile with the shared one in parallel.
        var compiler = NewCompiler();
        using var cache = new CompiledFunctionCache(compiler);
        var source = "return \"" + Guid.NewGuid() + "\";";

        var lookups = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => cache.CompileAsync(source)));

        Assert.Single(lookups.Select(l => l.Script).Distinct());
        Assert.Equal(1, compiler.ScriptsCompiled);
    }

    [Fact]
    public async Task Compile_SameSourceAndSharedCodeUnderTwoNames_CompilesOnceAndNamesEachCallersFunction()
    {
        var compiler = NewCompiler();
        using var cache = new CompiledFunctionCache(compiler);
        // The second return is unreachable: a warning in the function's own source.
        var source = "return Greeting.For(\"" + Guid.NewGuid() + "\");\nreturn \"never\";";
        SharedCodeFile[] sharedCode = [new("lib/greeting.cs", "public static class Greeting { public static string For(string n) => n; }")];

        var asA = cache.CompileAsync(source, "functions/a.cs", sharedCode);
        var asB = cache.CompileAsync(source, "functions/b.cs", sharedCode);
        var changedLib = await cache.CompileAsync(source, "functions/a.cs", [sharedCode[0] with { Source = sharedCode[0].Source + "\n" }]);

        Assert.Equal(["functions/a.cs"], (await asA).Diagnostics.Select(d => d.File).Distinct());
        Assert.Equal(["functions/b.cs"], (await asB).Diagnostics.Select(d => d.File).Distinct());
        Assert.Same((await asA).Script, (await asB).Script);
        Assert.NotEqual((await asA).Script!.Key, changedLib.Script!.Key);
        Assert.Equal(2, compiler.ScriptsCompiled);
    }

    [Fact]
    public async Task Compile_FirstCallerCancels_CallerWhoJoinedStillGetsTheBuild()
    {
        using var cache = new CompiledFunctionCache(SandboxFixture.Compiler);
        var source = "return \"" + Guid.NewGuid() + "\";";
        using var firstCaller = new CancellationTokenSource();

        var first = cache.CompileAsync(source, firstCaller.Token);
        var joined = cache.CompileAsync(source);
        await firstCaller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.True((await joined).Succeeded);
    }

    [Fact]
    public async Task Compile_Source_LoadsNothingUntilAnOwnerAsks()
    {
        using var cache = new CompiledFunctionCache(SandboxFixture.Compiler);

        var build = await cache.CompileAsync("return 7;");
        var broken = await cache.CompileAsync("return undefinedName;");

        Assert.True(build.Succeeded);
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.Id == "CS0103");
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task GetOrLoad_TwoOwnersOfOneBuild_EachRunsInItsOwnLoadWithItsOwnStatics()
    {
        using var cache = new CompiledFunctionCache(SandboxFixture.Compiler);
        var build = (await cache.CompileAsync(CounterSource)).Script!;

        var serviceA = cache.GetOrLoad("a/count@1", build);
        var serviceB = cache.GetOrLoad("b/count@1", build);
        await InvokeAsync(serviceA);
        await InvokeAsync(serviceA);

        Assert.NotSame(serviceA, serviceB);
        Assert.Equal(3, await InvokeAsync(serviceA));
        Assert.Equal(1, await InvokeAsync(serviceB));
    }

    [Fact]
    public async Task GetOrLoad_SameOwnerAgain_ReturnsItsLoad()
    {
        using var cache = new CompiledFunctionCache(SandboxFixture.Compiler);
        var build = (await cache.CompileAsync(CounterSource)).Script!;

        var first = cache.GetOrLoad("a/count@1", build);
        await InvokeAsync(first);

        Assert.Same(first, cache.GetOrLoad("a/count@1", build));
        Assert.Equal(2, await InvokeAsync(cache.GetOrLoad("a/count@1", build)));
    }

    [Fact]
    public async Task GetOrLoad_OwnerLoadsAnotherBuild_ReplacesAndUnloadsTheLoadItHad()
    {
        using var cache = new CompiledFunctionCache(SandboxFixture.Compiler);
        var oldBuild = (await cache.CompileAsync("return 1;")).Script!;
        var newBuild = (await cache.CompileAsync("return 2;")).Script!;
        var old = cache.GetOrLoad("a/f@1", oldBuild);

        var replacement = cache.GetOrLoad("a/f@1", newBuild);

        Assert.True(old.IsUnloaded);
        Assert.Equal(2, await InvokeAsync(replacement));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public async Task Discard_OwnersCurrentLoad_NextGetOrLoadStartsWithFreshStatics()
    {
        using var cache = new CompiledFunctionCache(SandboxFixture.Compiler);
        var build = (await cache.CompileAsync(CounterSource)).Script!;
        var first = cache.GetOrLoad("a/count@1", build);
        await InvokeAsync(first);

        cache.Discard("a/count@1", first);
        var second = cache.GetOrLoad("a/count@1", build);

        Assert.True(first.IsUnloaded);
        Assert.Equal(1, await InvokeAsync(second));
    }

    [Fact]
    public async Task Discard_LoadAlreadyReplaced_LeavesTheOwnersNewLoadCached()
    {
        using var cache = new CompiledFunctionCache(SandboxFixture.Compiler);
        var build = (await cache.CompileAsync(CounterSource)).Script!;
        var stale = cache.GetOrLoad("a/count@1", build);
        cache.Remove("a/count@1");
        var current = cache.GetOrLoad("a/count@1", build);

        cache.Discard("a/count@1", stale);

        Assert.False(current.IsUnloaded);
        Assert.Same(current, cache.GetOrLoad("a/count@1", build));
    }

    [Fact]
    public async Task GetOrLoad_PersistedImageAfterRemove_LoadsWithoutRecompilingAndRuns()
    {
        var compiler = NewCompiler();
        using var cache = new CompiledFunctionCache(compiler);
        var compiled = (await cache.CompileAsync("return Input + \"!\";")).Script!;
        cache.GetOrLoad("a/f@1", compiled);
        cache.Remove("a/f@1");

        var reloaded = cache.GetOrLoad("a/f@1", new CompiledScript(compiled.Key, compiled.AssemblyImage.ToArray()));
        var result = await new FunctionInvoker().InvokeAsync(reloaded, new TestHost("hi"), InvocationLimits.Default);

        Assert.Equal("hi!", result.Value);
        Assert.Equal(1, compiler.ScriptsCompiled);
    }

    [Fact]
    public async Task Remove_Owner_UnloadsItsLoadContext()
    {
        using var cache = new CompiledFunctionCache(SandboxFixture.Compiler);
        var context = await LoadAndRemoveAsync(cache);

        Assert.Equal(0, LoadContextCollection.AliveAfterCollecting([context]));
    }

    private static ScriptCompiler NewCompiler() =>
        new(new SandboxOptions { GlobalsType = typeof(TestHost), ApiAssemblies = [typeof(TestHost).Assembly] });

    private static async Task<object?> InvokeAsync(LoadedScript script) =>
        (await new FunctionInvoker().InvokeAsync(script, new TestHost(), InvocationLimits.Default)).Value;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> LoadAndRemoveAsync(CompiledFunctionCache cache)
    {
        var build = (await cache.CompileAsync("record Point(int X, int Y);\nreturn new Point(1, 2).ToString();")).Script!;
        var loaded = cache.GetOrLoad("a/point@1", build);
        var result = await new FunctionInvoker().InvokeAsync(loaded, new TestHost(), InvocationLimits.Default);
        Assert.Equal("Point { X = 1, Y = 2 }", result.Value);
        cache.Remove("a/point@1");
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
            var build = await cache.CompileAsync(source);
            Assert.True(build.Succeeded, string.Join("; ", build.Diagnostics));
            var loaded = cache.GetOrLoad("churn/f" + n + "@1", build.Script!);
            var result = await invoker.InvokeAsync(loaded, new TestHost(), InvocationLimits.Default);
            Assert.Equal(i + 1, result.Value);
            contexts.Add(loaded.LoadContextReference);
        }

        cache.Clear();
        return contexts;
    }
}
