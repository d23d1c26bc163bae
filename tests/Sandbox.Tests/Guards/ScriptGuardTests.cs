using System.Runtime.CompilerServices;
using ScriptHost.Sandbox.Guards;

namespace ScriptHost.Sandbox.Tests.Guards;

/// <summary>The guard runtime called directly, as injected code would call it.</summary>
public sealed class ScriptGuardTests
{
    [ThreadStatic]
    private static int t_deepest;

    [Fact]
    public void Enter_NoInvocationRunning_DoesNothing()
    {
        Assert.Null(ScriptGuard.Enter());
        ScriptGuard.BackEdge(null);
        ScriptGuard.Exit(null);
        Assert.Equal(5, ScriptGuard.BeforeNewArray(5, 4, null));
    }

    [Fact]
    public void Enter_PastMaxStackDepth_TripsStackAndEveryLaterGuardThrows()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default with { MaxStackDepth = 3 }, CancellationToken.None);
        var frames = new[] { ScriptGuard.Enter(), ScriptGuard.Enter(), ScriptGuard.Enter() };

        var refused = Assert.Throws<ScriptLimitExceededException>(() => ScriptGuard.Enter());

        Assert.Equal(LimitKind.Stack, refused.Limit);
        Assert.Throws<ScriptLimitExceededException>(() => ScriptGuard.BackEdge(frames[0]));
        Assert.Throws<ScriptLimitExceededException>(() => ScriptGuard.EnterCatch(new InvalidOperationException(), frames[0]));
        foreach (var frame in frames.Reverse())
        {
            ScriptGuard.Exit(frame);
        }
    }

    [Fact]
    public void HandlerGuards_WhenTripped_DeclineWithoutThrowing()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default, CancellationToken.None);
        var frame = ScriptGuard.Enter();
        Assert.True(ScriptGuard.MayCatch(new InvalidOperationException(), frame));
        Assert.True(ScriptGuard.EnterFilter(new InvalidOperationException(), frame));
        Assert.True(ScriptGuard.EnterFinally(frame));

        budget.Trip(LimitKind.Time);

        // A handler that threw again would nest one more exception dispatch per frame on the way up.
        Assert.False(ScriptGuard.MayCatch(new InvalidOperationException(), frame));
        Assert.False(ScriptGuard.EnterFilter(new InvalidOperationException(), frame));
        Assert.False(ScriptGuard.EnterFinally(frame));
        ScriptGuard.Exit(frame);
    }

    [Fact]
    public void MayCatch_ExceptionOfAnotherType_Declines()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default, CancellationToken.None);
        var frame = ScriptGuard.Enter();

        Assert.False(ScriptGuard.MayCatch(null, frame));
        Assert.False(ScriptGuard.MayCatch(null, null));
        Assert.True(ScriptGuard.MayCatch(new InvalidOperationException(), null));
        ScriptGuard.Exit(frame);
    }

    [Fact]
    public void MayCatch_OutOfMemory_TripsMemoryAndDeclines()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default, CancellationToken.None);
        var frame = ScriptGuard.Enter();

        Assert.False(ScriptGuard.MayCatch(new OutOfMemoryException(), frame));

        Assert.Equal(LimitKind.Memory, budget.Tripped);
        ScriptGuard.Exit(frame);
    }

    [Fact]
    public void Enter_PastMaxStackBytes_TripsStackLongBeforeTheFrameCount()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default with { MaxStackBytes = 64 * 1024 }, CancellationToken.None);

        var refused = Assert.Throws<ScriptLimitExceededException>(() => RecurseWithBigFrames(0));

        Assert.Equal(LimitKind.Stack, refused.Limit);
        Assert.True(t_deepest < 200, $"went {t_deepest} frames deep in 64 KB");
    }

    [Fact]
    public void ExitStaticConstructor_LimitTrippedWhileItRan_MarksTheBudget()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default, CancellationToken.None);
        var normal = ScriptGuard.EnterStaticConstructor();
        ScriptGuard.ExitStaticConstructor(normal);
        Assert.False(budget.BrokeStaticConstructor);

        var broken = ScriptGuard.EnterStaticConstructor();
        Assert.True(budget.BrokeStaticConstructor, "a constructor still running as the invocation ends is stopped with it");
        budget.Trip(LimitKind.Time);
        ScriptGuard.ExitStaticConstructor(broken);

        Assert.True(budget.BrokeStaticConstructor);
    }

    [Fact]
    public void EnterStaticConstructor_Refused_MarksTheBudget()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default, CancellationToken.None);
        budget.Trip(LimitKind.Memory);

        Assert.Throws<ScriptLimitExceededException>(() => ScriptGuard.EnterStaticConstructor());

        Assert.True(budget.BrokeStaticConstructor);
    }

    // Each level keeps 1 KB on the stack, as a script frame with big locals (or framework frames between) would.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RecurseWithBigFrames(int depth)
    {
        t_deepest = depth;
        var frame = ScriptGuard.Enter();
        try
        {
            Span<byte> locals = stackalloc byte[1024];
            locals[depth % 1024] = 1;
            return RecurseWithBigFrames(depth + 1) + locals[0];
        }
        finally
        {
            ScriptGuard.Exit(frame);
        }
    }

    [Fact]
    public void Exit_AfterEnter_ReturnsTheDepth()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default with { MaxStackDepth = 2 }, CancellationToken.None);

        for (var i = 0; i < 100; i++)
        {
            var frame = ScriptGuard.Enter();
            ScriptGuard.Exit(frame);
        }

        Assert.Null(budget.Tripped);
    }

    [Fact]
    public void Resume_WhenTripped_DoesNotThrow()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default, CancellationToken.None);
        budget.Trip(LimitKind.Time);

        var frame = ScriptGuard.Resume();

        Assert.NotNull(frame);
        ScriptGuard.Exit(frame);
    }

    [Fact]
    public void BeforeNewArray_LargerThanTheBudget_TripsMemoryWithoutAllocating()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default with { MemoryBytes = 1024 * 1024 }, CancellationToken.None);
        var frame = ScriptGuard.Enter();

        var refused = Assert.Throws<ScriptLimitExceededException>(() => ScriptGuard.BeforeNewArray(int.MaxValue, 1, frame));

        Assert.Equal(LimitKind.Memory, refused.Limit);
        Assert.True(budget.AllocatedBytes < 1024 * 1024);
        ScriptGuard.Exit(frame);
    }

    [Fact]
    public void BackEdge_ThreadAllocatesPastTheBudget_TripsMemory()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default with { MemoryBytes = 1024 * 1024 }, CancellationToken.None);
        var frame = ScriptGuard.Enter();
        var kept = new List<byte[]>();

        var refused = Assert.Throws<ScriptLimitExceededException>(() =>
        {
            for (var i = 0; i < 100; i++)
            {
                kept.Add(new byte[64 * 1024]);
                ScriptGuard.BackEdge(frame);
            }
        });

        Assert.Equal(LimitKind.Memory, refused.Limit);
        Assert.True(kept.Count < 20, $"{kept.Count} arrays allocated before the limit tripped");
        ScriptGuard.Exit(frame);
    }

    [Fact]
    public void EnterCatch_ScriptCatchesOutOfMemory_TripsMemory()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default, CancellationToken.None);
        var frame = ScriptGuard.Enter();

        Assert.Throws<ScriptLimitExceededException>(() => ScriptGuard.EnterCatch(new OutOfMemoryException(), frame));

        Assert.Equal(LimitKind.Memory, budget.Tripped);
        ScriptGuard.Exit(frame);
    }

    [Fact]
    public void BeforeStackAlloc_OverTheBlockCap_TripsStack()
    {
        using var budget = InvocationBudget.Begin(InvocationLimits.Default, CancellationToken.None);
        var frame = ScriptGuard.Enter();

        Assert.Equal((nuint)256, ScriptGuard.BeforeStackAlloc(256, frame));
        Assert.Throws<ScriptLimitExceededException>(() => ScriptGuard.BeforeStackAlloc(ScriptGuard.MaxStackAllocBytes + 1, frame));

        Assert.Equal(LimitKind.Stack, budget.Tripped);
        ScriptGuard.Exit(frame);
    }
}
