using System.Collections;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Sandbox.Loading;
using ScriptHost.Sandbox.Tests.Support;
using ScriptHost.TestGlobals;

namespace ScriptHost.Sandbox.Tests.Invocation;

/// <summary>
/// Rendering a result runs the script's own code (getters, enumerators); the invoker runs it inside the invocation's
/// budget and watchdog, so it ends with the script's limits like everything else the script does.
/// </summary>
[Collection(ScriptCollection.Name)]
public sealed class FunctionInvokerRenderingTests
{
    private static readonly InvocationLimits ShortTime = InvocationLimits.Default with { WallTime = TimeSpan.FromMilliseconds(500) };

    [Fact]
    public async Task Invoke_RendererReadsAGetterThatLoops_EndsWithTheTimeLimit()
    {
        var script = await ScriptRunner.LoadAsync(
            "class Looping { public int Value { get { var n = 0; while (true) n++; } } }\nreturn new Looping();");

        var result = await InvokeAsync(script, new DelegateRenderer(value => value!.GetType().GetProperty("Value")!.GetValue(value)), ShortTime);

        Assert.Equal(InvocationStatus.TimeLimitExceeded, result.Status);
    }

    [Fact]
    public async Task Invoke_RendererEnumeratesAnEndlessIterator_EndsWithTheTimeLimit()
    {
        var script = await ScriptRunner.LoadAsync("IEnumerable<int> Forever() { while (true) yield return 1; }\nreturn Forever();");

        var result = await InvokeAsync(script, new DelegateRenderer(Count), ShortTime);

        Assert.Equal(InvocationStatus.TimeLimitExceeded, result.Status);
    }

    [Fact]
    public async Task Invoke_RendererChargesPastTheOutputLimit_EndsWithTheOutputLimit()
    {
        var script = await ScriptRunner.LoadAsync("return 1;");
        var limits = InvocationLimits.Default with { MaxOutputBytes = 1024 };

        var result = await InvokeAsync(script, new DelegateRenderer(_ => { InvocationBudget.Current!.ChargeOutput(2048); return null; }), limits);

        Assert.Equal(InvocationStatus.OutputLimitExceeded, result.Status);
        Assert.Equal("OutputLimitExceeded", result.Error!.Type);
    }

    [Fact]
    public async Task Invoke_GetterThrowsWhileRendering_ReportsTheScriptsErrorAtItsLine()
    {
        var script = await ScriptRunner.LoadAsync(
            "class Broken\n{\n    public int Value => throw new InvalidOperationException(\"not today\");\n}\nreturn new Broken();");

        var result = await InvokeAsync(script, new DelegateRenderer(value => value!.GetType().GetProperty("Value")!.GetValue(value)), InvocationLimits.Default);

        Assert.Equal(InvocationStatus.Faulted, result.Status);
        Assert.Equal("System.InvalidOperationException", result.Error!.Type);
        Assert.Equal("not today", result.Error.Message);
        Assert.Equal(3, result.Error.Line);
    }

    [Fact]
    public async Task Invoke_Completed_ValueIsWhatTheRendererMade()
    {
        var script = await ScriptRunner.LoadAsync("return 41;");

        var result = await InvokeAsync(script, new DelegateRenderer(value => (int)value! + 1), InvocationLimits.Default);

        Assert.Equal(InvocationStatus.Completed, result.Status);
        Assert.Equal(42, result.Value);
    }

    private static Task<InvocationResult> InvokeAsync(LoadedScript script, IResultRenderer renderer, InvocationLimits limits) =>
        new FunctionInvoker().InvokeAsync(script, _ => new TestHost(), limits, renderer);

    // Generic enumeration: the non-generic one boxes every element, and on a fast machine the memory limit could then
    // trip before the time limit this test is about.
    private static object Count(object? value)
    {
        var count = 0L;
        foreach (var item in (IEnumerable<int>)value!)
        {
            count++;
        }

        return count;
    }

    private sealed class DelegateRenderer(Func<object?, object?> render) : IResultRenderer
    {
        public object? Render(object? value, InvocationBudget budget) => render(value);
    }
}
