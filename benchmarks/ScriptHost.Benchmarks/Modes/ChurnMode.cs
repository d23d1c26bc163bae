using System.Diagnostics;
using ScriptHost.Benchmarks.Support;
using ScriptHost.Sandbox.Caching;
using ScriptHost.Sandbox.Invocation;

namespace ScriptHost.Benchmarks.Modes;

/// <summary>
/// Deploys and invokes many distinct versions of one function through the sandbox API, as the server does on each
/// deploy (compile into the cache, invoke, drop the version it replaces), then checks that every load context went
/// away and the managed heap came back near where it started. The baseline is the same process before the churn.
/// </summary>
internal static class ChurnMode
{
    public static async Task<int> RunAsync(Arguments args)
    {
        var versions = args.Int("versions", 10_000);
        using var cache = new CompiledFunctionCache(Support.Sandbox.NewCompiler());
        var invoker = new FunctionInvoker();
        var globals = SmsGlobals.Create();

        // Warm up (JIT of Roslyn, Cecil, the invoker) before taking the starting figures.
        var warm = (await cache.GetOrCompileAsync(BenchmarkScripts.SmsVersion(0))).Function!;
        await invoker.InvokeAsync(warm.Loaded, globals, Sandbox.Guards.InvocationLimits.Default);
        cache.Remove(warm.Compiled.Key);
        var startHeapMb = SettledHeapMb();
        var startRss = ProcessMemory.OfThisProcess().RssMb;

        var contexts = new List<WeakReference>(versions);
        var peakHeapMb = startHeapMb;
        var failures = 0;
        string? previousKey = null;
        var timer = Stopwatch.StartNew();
        for (var v = 1; v <= versions; v++)
        {
            var function = (await cache.GetOrCompileAsync(BenchmarkScripts.SmsVersion(v))).Function!;
            contexts.Add(function.Loaded.LoadContextReference);
            var result = await invoker.InvokeAsync(function.Loaded, globals, Sandbox.Guards.InvocationLimits.Default);
            if (result.Value?.ToString()?.Contains($"v{v} ", StringComparison.Ordinal) != true)
            {
                failures++;
            }

            if (previousKey is not null)
            {
                cache.Remove(previousKey);
            }

            previousKey = function.Compiled.Key;
            if (v % 500 == 0)
            {
                peakHeapMb = Math.Max(peakHeapMb, GC.GetTotalMemory(false) / 1048576.0);
                Console.WriteLine($"  {v} versions, {timer.Elapsed.TotalSeconds:0}s, heap {GC.GetTotalMemory(false) / 1048576.0:0} MB");
            }
        }

        var churnSeconds = timer.Elapsed.TotalSeconds;
        cache.Remove(previousKey!);
        var collect = Stopwatch.StartNew();
        var alive = CollectUntilUnloaded(contexts);
        var collectMs = collect.Elapsed.TotalMilliseconds;
        var (finalRss, peakRss) = ProcessMemory.OfThisProcess();
        var finalHeapMb = SettledHeapMb();

        Results.Write(args.String("out", "."), "churn", new
        {
            versions,
            failures,
            secondsPerThousand = churnSeconds / versions * 1000,
            startHeapMb,
            peakHeapMb,
            finalHeapMb,
            heapGrowthMb = finalHeapMb - startHeapMb,
            startRssMb = startRss,
            peakRssMb = peakRss,
            finalRssMb = finalRss,
            contextsAlive = alive,
            collectMs,
        });
        return 0;
    }

    /// <summary>Full, compacting collections until every context is gone or ten rounds have passed.</summary>
    internal static int CollectUntilUnloaded(IReadOnlyList<WeakReference> contexts)
    {
        var alive = contexts.Count(c => c.IsAlive);
        for (var round = 0; round < 10 && alive > 0; round++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            alive = contexts.Count(c => c.IsAlive);
        }

        return alive;
    }

    internal static double SettledHeapMb()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
    }
}
