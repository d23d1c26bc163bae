using ScriptHost.Sandbox.Guards;

namespace ScriptHost.Sandbox.Tests.Guards;

public sealed class InvocationBudgetTests
{
    [Fact]
    public void Trip_SecondLimitAfterFirst_FirstLimitWinsAndKeepsThrowing()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default, CancellationToken.None);

        budget.Trip(LimitKind.Memory);
        budget.Trip(LimitKind.Stack);

        Assert.Equal(LimitKind.Memory, budget.Tripped);
        Assert.Equal(LimitKind.Memory, Assert.Throws<ScriptLimitExceededException>(budget.ThrowIfTripped).Limit);
        Assert.Equal(LimitKind.Memory, Assert.Throws<ScriptLimitExceededException>(budget.ThrowIfTripped).Limit);
    }

    [Fact]
    public async Task Trip_AnyLimit_CancelsTheTokenHostApisAwait()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default, CancellationToken.None);

        budget.Trip(LimitKind.Output);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Delay(TimeSpan.FromSeconds(10), budget.Token));
    }

    [Fact]
    public async Task Begin_WallTimePasses_TripsTime()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default with { WallTime = TimeSpan.FromMilliseconds(50) }, CancellationToken.None);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Delay(TimeSpan.FromSeconds(10), budget.Token));

        Assert.Equal(LimitKind.Time, budget.Tripped);
    }

    [Fact]
    public void Tripped_ReadByCodeTheCancelledTokenWakes_IsAlreadyTheTimeLimit()
    {
        // A host call that stops waiting when the token fires (and the script's error mapped right after) runs in a
        // callback registered after the budget's own, so before it: it must see the limit all the same.
        using var caller = new CancellationTokenSource();
        using var budget = InvocationBudget.Begin(InvocationLimits.Default, caller.Token);
        LimitKind? seen = null;
        Exception? thrown = null;
        budget.Token.Register(() =>
        {
            seen = budget.Tripped;
            thrown = Record.Exception(budget.ThrowIfTripped);
        });

        caller.Cancel();

        Assert.Equal(LimitKind.Time, seen);
        Assert.Equal(LimitKind.Time, Assert.IsType<ScriptLimitExceededException>(thrown).Limit);
    }

    [Fact]
    public void ChargeOutput_PastTheLimit_ThrowsOutputLimit()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default with { MaxOutputBytes = 100 }, CancellationToken.None);

        budget.ChargeOutput(60);
        var exception = Assert.Throws<ScriptLimitExceededException>(() => budget.ChargeOutput(60));

        Assert.Equal(LimitKind.Output, exception.Limit);
        Assert.Equal(120, budget.OutputBytes);
    }

    [Fact]
    public void Dispose_WorkLeftRunning_StopsAtItsNextGuard()
    {
        var budget = InvocationBudget.Begin(InvocationLimits.Default, CancellationToken.None);

        budget.Dispose();

        Assert.NotNull(budget.Tripped);
        Assert.Null(InvocationBudget.Current);
        budget.Trip(LimitKind.Memory); // after dispose: must not throw
    }
}
