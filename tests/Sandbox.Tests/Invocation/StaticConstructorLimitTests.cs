using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Sandbox.Loading;
using ScriptHost.Sandbox.Tests.Support;
using ScriptHost.TestGlobals;

namespace ScriptHost.Sandbox.Tests.Invocation;

/// <summary>
/// A limit that trips inside a static constructor leaves that type failed for good in its load; the invoker says so,
/// so the host can discard the load and run the next call on a fresh one.
/// </summary>
[Collection(ScriptCollection.Name)]
public sealed class StaticConstructorLimitTests
{
    // Gate is set by the script before Slow is first touched; with input "go" Slow's static constructor runs away.
    private const string Prelude = """
        class Gate { public static bool RunAway; }
        static int Deeper(int n) => Gate.RunAway ? Deeper(n + 1) + 1 : n;
        """;

    public static TheoryData<string, string, InvocationStatus> RunawayStaticConstructors => new()
    {
        { "time", "while (Gate.RunAway) { }", InvocationStatus.TimeLimitExceeded },
        { "memory", "var kept = new List<byte[]>(); while (Gate.RunAway) kept.Add(new byte[1024 * 1024]);", InvocationStatus.MemoryLimitExceeded },
        { "stack", "Deeper(0);", InvocationStatus.StackLimitExceeded },
    };

    private static readonly InvocationLimits Limits = InvocationLimits.Default with { WallTime = TimeSpan.FromSeconds(2), MemoryBytes = 32L * 1024 * 1024 };

    [Theory]
    [MemberData(nameof(RunawayStaticConstructors))]
    public async Task Invoke_LimitTripsInAStaticConstructor_AsksToDiscardAndAFreshLoadRunsCleanly(string kind, string body, InvocationStatus status)
    {
        var compiled = await SandboxFixture.Compiler.CompileAsync(Script(body));
        Assert.True(compiled.Succeeded, $"{kind}: {string.Join("; ", compiled.Diagnostics)}");
        var invoker = new FunctionInvoker();
        var first = ScriptLoader.Load(compiled.Script!);
        var fresh = ScriptLoader.Load(compiled.Script!);
        try
        {
            var ranAway = await invoker.InvokeAsync(first, new TestHost("go"), Limits);
            Assert.Equal(status, ranAway.Status);
            Assert.True(ranAway.DiscardLoadedScript, $"{kind}: the result does not ask to discard the load");

            // The same load is broken for good; a fresh load of the same image is not.
            var broken = await invoker.InvokeAsync(first, new TestHost(), Limits);
            Assert.Equal("System.TypeInitializationException", broken.Error?.Type);
            var clean = await invoker.InvokeAsync(fresh, new TestHost(), Limits);
            Assert.True(clean.Succeeded, $"{kind}: {clean.Status} {clean.Error}");
            Assert.Equal(42, clean.Value);
            Assert.False(clean.DiscardLoadedScript);
        }
        finally
        {
            first.Unload();
            fresh.Unload();
        }
    }

    [Fact]
    public async Task Invoke_LimitTripsOutsideAnyStaticConstructor_KeepsTheLoad()
    {
        var loaded = await ScriptRunner.LoadAsync("class Quick { public static int Value = 1; }\nvar v = Quick.Value; while (true) { }");
        try
        {
            var result = await ScriptRunner.InvokeAsync(loaded, InvocationLimits.Default with { WallTime = TimeSpan.FromMilliseconds(300) });

            Assert.Equal(InvocationStatus.TimeLimitExceeded, result.Status);
            Assert.False(result.DiscardLoadedScript);
        }
        finally
        {
            loaded.Unload();
        }
    }

    private static string Script(string runaway) => Prelude + $$"""

        class Slow
        {
            public static int Value;

            static Slow()
            {
                {{runaway}}
                Value = 42;
            }
        }

        Gate.RunAway = Input == "go";
        return Slow.Value;
        """;
}
