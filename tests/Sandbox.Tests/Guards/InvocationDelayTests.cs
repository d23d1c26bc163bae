using System.Diagnostics;
using System.Runtime.CompilerServices;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Sandbox.Tests.Support;

namespace ScriptHost.Sandbox.Tests.Guards;

/// <summary>Task.Delay as scripts get it: over when the invocation is, whatever token the script passed.</summary>
[Collection(ScriptCollection.Name)]
public sealed class InvocationDelayTests
{
    [Fact]
    public async Task Start_DelayLongerThanTheTimeLimit_FailsWithTheTimeLimitWhenTheTimeRunsOut()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default with { WallTime = TimeSpan.FromMilliseconds(200) }, CancellationToken.None);

        var delay = InvocationDelay.Start(TimeSpan.FromDays(1), CancellationToken.None);

        var finished = await Task.WhenAny(delay, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.Same(delay, finished);
        Assert.False(delay.IsCompletedSuccessfully, "a delay longer than the time left must not let the script carry on");
        Assert.Equal(LimitKind.Time, budget.Tripped);
    }

    [Fact]
    public async Task Start_ScriptsOwnTokenCancelled_EndsTheDelay()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default with { WallTime = TimeSpan.FromSeconds(30) }, CancellationToken.None);
        using var scriptToken = new CancellationTokenSource();

        var delay = InvocationDelay.Start(Timeout.Infinite, scriptToken.Token);
        await scriptToken.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => delay);
    }

    [Fact]
    public void Start_NegativeDelay_ThrowsTheFrameworksArgumentException()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default, CancellationToken.None);

        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = InvocationDelay.Start(-2, CancellationToken.None); });
    }

    [Fact]
    public async Task Invoke_TaskLeftWaitingOnAnEndlessDelay_DoesNotKeepTheScriptLoaded()
    {
        // The script returns at once, leaving a task that waits on Task.Delay(int.MaxValue) without a token. The
        // delay's timer must not outlive the invocation's wall time, or it keeps the load context alive for 24 days.
        var context = await RunAndUnloadAsync("""
            async Task Sleep()
            {
                await Task.Delay(int.MaxValue);
            }

            _ = Sleep();
            return 1;
            """);

        var waited = Stopwatch.StartNew();
        while (LoadContextCollection.AliveAfterCollecting([context]) > 0 && waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(100);
        }

        Assert.False(context.IsAlive, "the script's load context was still alive 20 s after its invocation ended");
    }

    // Out of line, so no local of the caller keeps the script alive while the test waits for its collection.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> RunAndUnloadAsync(string source)
    {
        var loaded = await ScriptRunner.LoadAsync(source);
        var result = await ScriptRunner.InvokeAsync(loaded, InvocationLimits.Default with { WallTime = TimeSpan.FromMilliseconds(500) });
        Assert.Equal(InvocationStatus.Completed, result.Status);
        loaded.Unload();
        return loaded.LoadContextReference;
    }
}
