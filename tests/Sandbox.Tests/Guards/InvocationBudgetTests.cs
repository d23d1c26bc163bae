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
