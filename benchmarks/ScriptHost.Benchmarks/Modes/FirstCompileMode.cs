using System.Diagnostics;
using ScriptHost.Benchmarks.Support;
using ScriptHost.Sandbox.Loading;

namespace ScriptHost.Benchmarks.Modes;

/// <summary>
/// The first compile in a fresh process (Roslyn's JIT included): each launch is a new process that compiles the SMS
/// auto-reply once to a runnable delegate. Sandbox and Roslyn scripting launches alternate; medians are reported.
/// </summary>
internal static class FirstCompileMode
{
    public static int Run(Arguments args)
    {
        var launches = args.Int("launches", 10);
        var samples = new Dictionary<string, List<double>> { ["sandbox"] = [], ["scripting"] = [] };
        for (var i = 0; i < launches; i++)
        {
            foreach (var kind in samples.Keys)
            {
                samples[kind].Add(ChildProcess.RunSelf("first-compile-child", kind).GetProperty("compileMs").GetDouble());
            }
        }

        Results.Write(args.String("out", "."), "first-compile", new
        {
            launches,
            sandboxMs = Stats.Median(samples["sandbox"]),
            scriptingMs = Stats.Median(samples["scripting"]),
            samples,
        });
        return 0;
    }

    /// <summary>In the fresh process: time one compile-to-delegate, and print it as the last line.</summary>
    public static async Task<int> RunChildAsync(Arguments args)
    {
        var source = BenchmarkScripts.SmsAutoReply;
        var started = Stopwatch.GetTimestamp();
        if (args.Positional(0) == "scripting")
        {
            _ = SandboxSetup.ScriptingDelegate(source);
        }
        else
        {
            var compiler = SandboxSetup.NewCompiler();
            ScriptLoader.Load(await SandboxSetup.CompileAsync(compiler, source));
        }

        Console.WriteLine($"{{\"compileMs\":{Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.###}}}");
        return 0;
    }
}
