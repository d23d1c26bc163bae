using System.Diagnostics;
using ScriptHost.Benchmarks.Support;
using ScriptHost.Sandbox.Caching;
using ScriptHost.Sandbox.Invocation;

namespace ScriptHost.Benchmarks.Modes;

/// <summary>
/// Deploys and invokes many distinct versions of one function through the sandbox API, as the server does on each
/// deploy (compile through the cache, load with the version as owner, invoke, drop the version it replaces), then
/// checks that every load context went away and the managed heap came back near where it started. The baseline is the
/// same process before the churn.
/// </summary>
internal static class ChurnMode
{
    public static async Task<int> RunAsync(Arguments args)
    {
        var versions = args.Int("versions", 10_000);
        using var cache = new CompiledFunctionCache(SandboxSetup.NewCompiler());
        var invoker = new FunctionInvoker();
        var globals = SmsGlobals.Create();

        // Warm up (JIT of Roslyn, Cecil, the invoker) before taking the starting figures.
        cache.Remove((await DeployAndInvokeAsync(cache, invoker, globals, 0)).Owner);
        var startHeapMb = SettledHeapMb();
        var startRss = ProcessMemory.OfThisProcess().RssMb;

        var contexts = new List<WeakReference>(versions);
        var peakHeapMb = startHeapMb;
        var failures = 0;
        string? previousOwner = null;
        var timer = Stopwatch.StartNew();
        for (var v = 1; v <= versions; v++)
        {
            var (owner, context, answered) = await DeployAndInvokeAsync(cache, invoker, globals, v);
            contexts.Add(context);
            failures += answered ? 0 : 1;
            if (previousOwner is not null)
            {
                cache.Remove(previousOwner);
            }

            previousOwner = owner;
            if (v % 500 == 0)
            {
                peakHeapMb = Math.Max(peakHeapMb, GC.GetTotalMemory(false) / 1048576.0);
                Console.WriteLine($"  {v} versions, {timer.Elapsed.TotalSeconds:0}s, heap {GC.GetTotalMemory(false) / 1048576.0:0} MB");
            }
        }

        var churnSeconds = timer.Elapsed.TotalSeconds;
        cache.Remove(previousOwner!);
        var collect = Stopwatch.StartNew();
        var alive = await CollectUntilUnloadedAsync(contexts);
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

    /// <summary>
    /// One version's life up to its answer, in its own method so that no local of the caller's state machine keeps the
    /// script (and so its load context) reachable.
    /// </summary>
    private static async Task<(string Owner, WeakReference Context, bool Answered)> DeployAndInvokeAsync(
        CompiledFunctionCache cache, FunctionInvoker invoker, Functions.FunctionGlobals globals, int version)
    {
        var build = (await cache.CompileAsync(BenchmarkScripts.SmsVersion(version))).Script!;
        var owner = $"churn/sms@{version}";
        var loaded = cache.GetOrLoad(owner, build);
        var result = await invoker.InvokeAsync(loaded, globals, Sandbox.Guards.InvocationLimits.Default);
        // The reply is the library's TwiML, which renders with ToString(SaveOptions); object.ToString() gives its type name.
        var text = result.Value is Twilio.TwiML.TwiML twiml ? twiml.ToString() : result.Value?.ToString();
        var answered = text?.Contains($"v{version} ", StringComparison.Ordinal) == true;
        return (owner, loaded.LoadContextReference, answered);
    }

    /// <summary>
    /// Full, compacting collections until every context is gone or 20 rounds have passed. The pause between rounds
    /// lets the cache's eviction callbacks (which call Unload) run: they are posted to the thread pool.
    /// </summary>
    internal static async Task<int> CollectUntilUnloadedAsync(IReadOnlyList<WeakReference> contexts)
    {
        var alive = contexts.Count(c => c.IsAlive);
        for (var round = 0; round < 20 && alive > 0; round++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            alive = contexts.Count(c => c.IsAlive);
            if (alive > 0)
            {
                await Task.Delay(20);
            }
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
