using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ScriptHost.Benchmarks.Support;
using ScriptHost.Functions;
using ScriptHost.Sandbox.Caching;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Sandbox.Loading;
using Twilio.TwiML;

namespace ScriptHost.Benchmarks.Suites;

/// <summary>
/// One invocation of a cached function through the whole sandbox path the server takes per request (cache lookup,
/// budget, guards, pool thread, result) against the same code as an ordinary method. The loop-heavy script separates
/// what the injected guards cost from what the collectible context and the invoker cost.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class InvokeBenchmarks
{
    private readonly FunctionInvoker _invoker = new();
    private readonly InvocationLimits _limits = InvocationLimits.Default;
    private CompiledFunctionCache _cache = null!;
    private CompiledScript _sms = null!;
    private CompiledScript _loop = null!;
    private LoadedScript _loopUnguarded = null!;
    private FunctionGlobals _globals = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _cache = new CompiledFunctionCache(SandboxSetup.NewCompiler());
        _sms = (await _cache.CompileAsync(BenchmarkScripts.SmsAutoReply)).Script!;
        _loop = (await _cache.CompileAsync(BenchmarkScripts.Loop)).Script!;
        _loopUnguarded = ScriptLoader.Load(SandboxSetup.CompileUnguarded(BenchmarkScripts.Loop));
        _globals = SmsGlobals.Create();
    }

    [GlobalCleanup]
    public void Cleanup() => _cache.Dispose();

    [Benchmark(Baseline = true, Description = "SMS reply, ordinary method")]
    [BenchmarkCategory("invoke-sms")]
    public string SmsNative() => NativeFunctions.SmsAutoReply(_globals).ToString();

    [Benchmark(Description = "SMS reply, sandbox (cached, guarded)")]
    [BenchmarkCategory("invoke-sms")]
    public async Task<string?> SmsSandbox()
    {
        var result = await _invoker.InvokeAsync(_cache.GetOrLoad("bench/sms@1", _sms), _globals, _limits);
        return result.Value?.ToString();
    }

    [Benchmark(Baseline = true, Description = "Loop 1e6, ordinary method")]
    [BenchmarkCategory("invoke-loop")]
    public long LoopNative() => NativeFunctions.Loop();

    [Benchmark(Description = "Loop 1e6, sandbox without guards")]
    [BenchmarkCategory("invoke-loop")]
    public async Task<object?> LoopUnguarded() => (await _invoker.InvokeAsync(_loopUnguarded, _globals, _limits)).Value;

    [Benchmark(Description = "Loop 1e6, sandbox (guarded)")]
    [BenchmarkCategory("invoke-loop")]
    public async Task<object?> LoopGuarded() => (await _invoker.InvokeAsync(_cache.GetOrLoad("bench/loop@1", _loop), _globals, _limits)).Value;

    /// <summary>The benchmark scripts as ordinary C#: the same statements, compiled with the host.</summary>
    private static class NativeFunctions
    {
        /// <summary>scripts-samples/sms-auto-reply.csx, statement for statement.</summary>
        public static MessagingResponse SmsAutoReply(FunctionGlobals globals)
        {
            var Event = globals.Event;
            var Context = globals.Context;
            var business = Context.Env.GetValueOrDefault("BUSINESS_NAME", "us");
            var text = Event.Get("Body").Trim();
            var keyword = text.Split(' ', 2)[0].ToUpperInvariant();
            var pictures = int.TryParse(Event.Get("NumMedia", "0"), out var count) ? count : 0;

            var reply = keyword switch
            {
                "HOURS" => Context.Env.TryGetValue("OPENING_HOURS", out var hours)
                    ? $"Our opening hours: {hours}"
                    : "Call us for today's opening hours.",
                "WHERE" => Context.Env.TryGetValue("ADDRESS", out var address)
                    ? $"You'll find {business} at {address}."
                    : "Reply with your postcode and we'll send you directions.",
                _ when pictures > 0 => pictures == 1 ? "Thanks for the picture!" : $"Thanks for the {pictures} pictures!",
                _ => $"Thanks for texting {business}! We got \"{text}\" and will reply soon. Text HOURS for opening hours or WHERE for our address.",
            };

            globals.Log.Info($"Auto-reply to {Event["MessageSid"]} ({(keyword.Length == 0 ? "no text" : keyword)})");
            return new MessagingResponse().Message(reply);
        }

        public static long Loop()
        {
            long acc = 17;
            for (var i = 0; i < 1_000_000; i++)
            {
                acc = (acc * 31 + i) % 1_000_003;
            }

            return acc;
        }
    }
}
