using System.Text.RegularExpressions;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Guards.SizedCalls;
using ScriptHost.Sandbox.Tests.Support;
using ScriptHost.TestGlobals;

namespace ScriptHost.Sandbox.Tests.Guards.SizedCalls;

/// <summary>
/// A framework call the watchdog already answered for must also stop running: these run a script the way the invoker
/// does (on a pool thread, under a budget) and check that its run ends, with the time limit, soon after the limit —
/// without the guarded generators and clamped regex timeouts each would keep its thread for hours.
/// </summary>
[Collection(ScriptCollection.Name)]
public sealed class SizedCallRunTests
{
    private static readonly TimeSpan WallTime = TimeSpan.FromMilliseconds(300);

    // Generous: a loaded CI machine may be slow to schedule the thread, but an unguarded run takes hours.
    private static readonly TimeSpan StopsWithin = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Run_LinqOverGeneratorWithNoScriptCode_ScriptThreadStopsWithTheTimeLimit()
    {
        var exception = await RunToEndAsync("return Enumerable.InfiniteSequence(0L, 1L).LongCount();");

        Assert.Equal(LimitKind.Time, Assert.IsType<ScriptLimitExceededException>(exception).Limit);
    }

    [Fact]
    public async Task Run_CatastrophicRegexWithADayTimeoutCaughtByTheScript_ScriptThreadStopsWithTheTimeLimit()
    {
        const string source = """
            using System.Text.RegularExpressions;
            var regex = new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromDays(1));
            try { return regex.IsMatch(new string('a', 40) + "!"); }
            catch (RegexMatchTimeoutException) { return false; }
            """;

        var exception = await RunToEndAsync(source);

        Assert.Equal(LimitKind.Time, Assert.IsType<ScriptLimitExceededException>(exception).Limit);
    }

    [Fact]
    public void ForCall_InstanceBuiltUnderALongerInvocation_RunsWithTheTimeLeftOfTheCurrentOne()
    {
        Regex cached;
        using (InvocationBudget.Begin(InvocationLimits.Default with { WallTime = TimeSpan.FromSeconds(60) }, CancellationToken.None))
        {
            cached = RegexTimeouts.Create("^(a+)+$", RegexOptions.None, TimeSpan.FromDays(1));
        }

        using (InvocationBudget.Begin(InvocationLimits.Default with { WallTime = WallTime }, CancellationToken.None))
        {
            Assert.True(cached.MatchTimeout > TimeSpan.FromSeconds(30));
            Assert.True(RegexTimeouts.ForCall(cached).MatchTimeout <= WallTime);
        }
    }

    [Fact]
    public void ForCall_ScriptTimeoutShorterThanTheTimeLeft_KeepsTheScriptsOwn()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default with { WallTime = TimeSpan.FromSeconds(60) }, CancellationToken.None);
        var regex = RegexTimeouts.Create("a", RegexOptions.None, TimeSpan.FromMilliseconds(250));

        Assert.Same(regex, RegexTimeouts.ForCall(regex));
        Assert.Equal(TimeSpan.FromMilliseconds(250), regex.MatchTimeout);
    }

    private static async Task<Exception?> RunToEndAsync(string source)
    {
        var script = await ScriptRunner.LoadAsync(source);
        try
        {
            using var budget = InvocationBudget.Begin(InvocationLimits.Default with { WallTime = WallTime }, CancellationToken.None);
            var run = Task.Run(() => script.RunAsync(new TestHost()));
            var first = await Task.WhenAny(run, Task.Delay(StopsWithin));
            Assert.True(ReferenceEquals(first, run), $"the script was still running {StopsWithin} after its {WallTime} limit");
            return await Record.ExceptionAsync(() => run);
        }
        finally
        {
            script.Unload();
        }
    }
}
