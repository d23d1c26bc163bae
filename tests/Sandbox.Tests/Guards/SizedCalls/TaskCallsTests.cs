using System.Diagnostics;
using System.Runtime.CompilerServices;
using Mono.Cecil;
using Mono.Cecil.Cil;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Guards.SizedCalls;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Sandbox.Tests.Support;

namespace ScriptHost.Sandbox.Tests.Guards.SizedCalls;

/// <summary>Task.Delay as scripts get it: over when the invocation is, whatever token the script passed.</summary>
[Collection(ScriptCollection.Name)]
public sealed class TaskCallsTests
{
    [Fact]
    public async Task Delay_DelayLongerThanTheTimeLimit_FailsWithTheTimeLimitWhenTheTimeRunsOut()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default with { WallTime = TimeSpan.FromMilliseconds(200) }, CancellationToken.None);

        var delay = TaskCalls.Delay(TimeSpan.FromDays(1), CancellationToken.None);

        var finished = await Task.WhenAny(delay, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.Same(delay, finished);
        Assert.False(delay.IsCompletedSuccessfully, "a delay longer than the time left must not let the script carry on");
        Assert.Equal(LimitKind.Time, budget.Tripped);
    }

    [Fact]
    public async Task Delay_ScriptsOwnTokenCancelled_EndsTheDelay()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default with { WallTime = TimeSpan.FromSeconds(30) }, CancellationToken.None);
        using var scriptToken = new CancellationTokenSource();

        var delay = TaskCalls.Delay(Timeout.Infinite, scriptToken.Token);
        await scriptToken.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => delay);
    }

    [Fact]
    public void Delay_NegativeDelay_ThrowsTheFrameworksArgumentException()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default, CancellationToken.None);

        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = TaskCalls.Delay(-2, CancellationToken.None); });
    }

    [Fact]
    public void Inject_EveryTaskDelay_CalledOrMadeADelegate_GoesToTheWrapper()
    {
        var module = GuardedImage.Read("""
            await Task.Delay(1);
            await Task.Delay(TimeSpan.FromMilliseconds(1));
            await Task.Delay(1, Cancellation);
            await Task.Delay(TimeSpan.FromMilliseconds(1), Cancellation);
            Func<int, Task> later = Task.Delay;
            await later(1);
            return 1;
            """);

        var delays = module.MethodsWithBodies()
            .SelectMany(m => m.Body.Instructions)
            .Where(i => i.OpCode.Code is Code.Call or Code.Ldftn && i.Operand is MethodReference { Name: "Delay" })
            .Select(i => (MethodReference)i.Operand)
            .ToList();

        Assert.Equal(5, delays.Count);
        Assert.All(delays, d => Assert.Equal(typeof(TaskCalls).FullName, d.DeclaringType.FullName));
        Assert.Equal(4, delays.Select(d => string.Join(",", d.Parameters.Select(p => p.ParameterType.Name))).Distinct().Count());
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
