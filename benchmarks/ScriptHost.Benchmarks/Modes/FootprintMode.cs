using System.Diagnostics;
using Microsoft.CodeAnalysis.Scripting;
using ScriptHost.Benchmarks.Support;
using ScriptHost.Sandbox.Caching;

namespace ScriptHost.Benchmarks.Modes;

/// <summary>
/// Memory per cached function and the cost of unloading: N distinct functions held ready to run, in a fresh process per
/// side — the sandbox's cache against N Roslyn scripting delegates (which cannot be unloaded at all).
/// </summary>
internal static class FootprintMode
{
    public static int Run(Arguments args)
    {
        var functions = args.Int("functions", 200);
        var sandbox = ChildProcess.RunSelf("footprint-child", "sandbox", "--functions", functions.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var scripting = ChildProcess.RunSelf("footprint-child", "scripting", "--functions", functions.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Results.Write(args.String("out", "."), "footprint", new { functions, sandbox, scripting });
        return 0;
    }

    public static async Task<int> RunChildAsync(Arguments args)
    {
        var functions = args.Int("functions", 200);
        var scripting = args.Positional(0) == "scripting";
        using var cache = new CompiledFunctionCache(SandboxSetup.NewCompiler(), new CompiledFunctionCacheOptions { MaxEntries = functions * 2 });
        var held = new List<ScriptRunner<object>>();
        var contexts = new List<WeakReference>();

        // One warm-up build on each side so JIT and reference loading are not counted as the functions' memory.
        if (scripting)
        {
            _ = SandboxSetup.ScriptingDelegate(BenchmarkScripts.SmsVersion(0));
        }
        else
        {
            await CacheAsync(cache, BenchmarkScripts.SmsVersion(0));
            cache.Clear();
        }

        var heapBefore = ChurnMode.SettledHeapMb();
        var rssBefore = ProcessMemory.OfThisProcess().RssMb;
        for (var i = 1; i <= functions; i++)
        {
            var source = BenchmarkScripts.SmsVersion(i);
            if (scripting)
            {
                held.Add(SandboxSetup.ScriptingDelegate(source));
            }
            else
            {
                contexts.Add(await CacheAsync(cache, source));
            }
        }

        var heapHeld = ChurnMode.SettledHeapMb();
        var rssHeld = ProcessMemory.OfThisProcess().RssMb;

        double? unloadMsPerFunction = null;
        int? alive = null;
        if (!scripting)
        {
            var unload = Stopwatch.StartNew();
            cache.Clear();
            alive = await ChurnMode.CollectUntilUnloadedAsync(contexts);
            unloadMsPerFunction = unload.Elapsed.TotalMilliseconds / functions;
        }

        var heapAfter = ChurnMode.SettledHeapMb();
        GC.KeepAlive(held);
        Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
        {
            heapKbPerFunction = (heapHeld - heapBefore) * 1024 / functions,
            rssKbPerFunction = (rssHeld - rssBefore) * 1024 / functions,
            unloadMsPerFunction,
            contextsAliveAfterUnload = alive,
            heapAfterUnloadMb = heapAfter - heapBefore,
        }, Results.Json).ReplaceLineEndings(" "));
        return 0;
    }

    /// <summary>Compiles into the cache in a method of its own, so the caller's state machine holds no strong reference.</summary>
    private static async Task<WeakReference> CacheAsync(CompiledFunctionCache cache, string source)
    {
        var build = (await cache.CompileAsync(source)).Script!;
        return cache.GetOrLoad("footprint/" + build.Key + "@1", build).LoadContextReference;
    }
}
