using System.Diagnostics;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Sandbox.Tests.Support;

namespace ScriptHost.Sandbox.Tests.Invocation;

/// <summary>The "done when": a runaway script ends with its limit while the process and other scripts carry on.</summary>
[Collection(ScriptCollection.Name)]
public sealed class FunctionInvokerLimitTests
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Invoke_InfiniteLoop_EndsWithTimeLimitWhileAnotherScriptKeepsAnswering()
    {
        var spinner = await ScriptRunner.LoadAsync("while (true) { }");
        var quick = await ScriptRunner.LoadAsync("var sum = 0; for (var i = 0; i < 1000; i++) sum += i; return sum;");
        var limits = InvocationLimits.Default with { WallTime = TimeSpan.FromMilliseconds(1000) };

        var spinning = ScriptRunner.InvokeAsync(spinner, limits);
        var answered = 0;
        while (!spinning.IsCompleted)
        {
            var other = await ScriptRunner.InvokeAsync(quick, InvocationLimits.Default);
            Assert.Equal(InvocationStatus.Completed, other.Status);
            Assert.Equal(499500, other.Value);
            answered++;
            await Task.Delay(20);
        }

        var result = await spinning;
        Assert.Equal(InvocationStatus.TimeLimitExceeded, result.Status);
        Assert.True(result.Duration < limits.WallTime + Grace, $"answered after {result.Duration}");
        Assert.True(answered >= 5, $"the other script answered only {answered} times meanwhile");
    }

    [Fact]
    public async Task Invoke_RecursionMillionDeep_EndsWithStackLimitAndProcessStaysAlive()
    {
        var script = await ScriptRunner.LoadAsync("int Down(int n) => n == 0 ? 0 : 1 + Down(n - 1);\nreturn Down(1_000_000);");

        var result = await ScriptRunner.InvokeAsync(script, InvocationLimits.Default);

        Assert.Equal(InvocationStatus.StackLimitExceeded, result.Status);
        Assert.Equal("StackLimitExceeded", result.Error!.Type);
        var again = await ScriptRunner.InvokeAsync(await ScriptRunner.LoadAsync("return 7;"), InvocationLimits.Default);
        Assert.Equal(7, again.Value);
    }

    [Fact]
    public async Task Invoke_AllocationBomb_EndsWithMemoryLimitAndProcessStaysAlive()
    {
        var script = await ScriptRunner.LoadAsync("var keep = new List<string>();\nwhile (true) keep.Add(new string('x', 100_000));");
        var limits = InvocationLimits.Default with { MemoryBytes = 32L * 1024 * 1024 };

        var result = await ScriptRunner.InvokeAsync(script, limits);

        Assert.Equal(InvocationStatus.MemoryLimitExceeded, result.Status);
        var again = await ScriptRunner.InvokeAsync(await ScriptRunner.LoadAsync("return 7;"), InvocationLimits.Default);
        Assert.Equal(7, again.Value);
    }

    [Fact]
    public async Task Invoke_LongFrameworkCallWithNoScriptFrame_WatchdogAnswersOnTime()
    {
        // The regex engine backtracks for up to 2 s inside one framework call: no guard can run until it gives up.
        var regexTimeout = TimeSpan.FromSeconds(2);
        var script = await ScriptRunner.LoadAsync(
            "using System.Text.RegularExpressions;\n"
            + $"return new Regex(\"^(a+)+$\", RegexOptions.None, TimeSpan.FromMilliseconds({regexTimeout.TotalMilliseconds})).IsMatch(new string('a', 40) + \"!\");");
        var limits = InvocationLimits.Default with { WallTime = TimeSpan.FromMilliseconds(500) };
        var started = Stopwatch.StartNew();

        var result = await ScriptRunner.InvokeAsync(script, limits);

        Assert.Equal(InvocationStatus.TimeLimitExceeded, result.Status);
        Assert.True(result.Duration < limits.WallTime + Grace, $"answered after {result.Duration}");

        // The abandoned call keeps its thread until the regex timeout; wait it out so no test leaves a thread spinning.
        var remaining = regexTimeout + TimeSpan.FromMilliseconds(200) - started.Elapsed;
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining);
        }
    }

    [Fact]
    public async Task Invoke_StringResultOverOutputLimit_ReportsOutputLimit()
    {
        var script = await ScriptRunner.LoadAsync("return new string('é', 60_000);");
        var limits = InvocationLimits.Default with { MaxOutputBytes = 100_000 };

        var result = await ScriptRunner.InvokeAsync(script, limits);

        // 60,000 chars but 120,000 UTF-8 bytes: the limit counts bytes on the wire.
        Assert.Equal(InvocationStatus.OutputLimitExceeded, result.Status);
    }

    [Fact]
    public async Task Invoke_LimitExceptionCaughtAndReplaced_StillReportsTheLimit()
    {
        var script = await ScriptRunner.LoadAsync("try { while (true) { } } catch { }\nthrow new InvalidOperationException(\"mine\");");
        var limits = InvocationLimits.Default with { WallTime = TimeSpan.FromMilliseconds(300) };

        var result = await ScriptRunner.InvokeAsync(script, limits);

        Assert.Equal(InvocationStatus.TimeLimitExceeded, result.Status);
    }
}
