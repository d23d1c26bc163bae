namespace ScriptHost.Sandbox.Guards.SizedCalls;

/// <summary>
/// What the wrappers ask of the running invocation's budget: whether a result of a given size still fits
/// (<see cref="EnsureFits"/>, before the framework allocates it), and a guard step for framework loops that run
/// no script code (<see cref="Step()"/>, from the guarded sequences). Outside an invocation both do nothing.
/// </summary>
internal static class AllocationGate
{
    /// <summary>
    /// Requests below this size skip the budget look-up: each needs its own call site or loop iteration (where a
    /// back-edge guard charges what it allocated), so they cannot add up unseen to more than the source is long.
    /// </summary>
    public const long SmallBytes = 2 * 1024;

    /// <summary>Charges what the thread allocated so far, then throws the memory limit if <paramref name="bytes"/> more would not fit.</summary>
    public static void EnsureFits(long bytes)
    {
        if (bytes < SmallBytes || InvocationBudget.Current is not { } budget)
        {
            return;
        }

        var account = ThreadAccount.For(budget);
        account.ChargeAllocations();
        if (bytes > budget.RemainingMemoryBytes)
        {
            budget.Trip(LimitKind.Memory);
        }

        budget.ThrowIfTripped();
    }

    /// <summary>Charges what the thread allocated so far and says whether <paramref name="bytes"/> more would fit; never trips.</summary>
    public static bool WouldFit(long bytes)
    {
        if (bytes < SmallBytes || InvocationBudget.Current is not { } budget)
        {
            return true;
        }

        ThreadAccount.For(budget).ChargeAllocations();
        return bytes <= budget.RemainingMemoryBytes;
    }

    /// <summary>A guard for one step of a framework loop: charges allocations, looks at the clock now and then, throws a tripped limit.</summary>
    public static void Step()
    {
        if (InvocationBudget.Current is { } budget)
        {
            ThreadAccount.For(budget).Check();
        }
    }

    /// <summary><see cref="Step()"/>, then throws the memory limit if <paramref name="pendingBytes"/> (what the call will still build) would not fit.</summary>
    public static void Step(long pendingBytes)
    {
        if (InvocationBudget.Current is not { } budget)
        {
            return;
        }

        var account = ThreadAccount.For(budget);
        account.ChargeAllocations();
        if (pendingBytes > budget.RemainingMemoryBytes)
        {
            budget.Trip(LimitKind.Memory);
        }

        account.Check();
    }
}

/// <summary>Byte counts that saturate instead of overflowing: a request for more than exists is simply too large.</summary>
internal static class Bytes
{
    public static long OfChars(long chars) => Times(chars, sizeof(char));

    public static long Times(long count, long size) =>
        count <= 0 || size <= 0 ? 0 : count > long.MaxValue / size ? long.MaxValue : count * size;

    public static long Plus(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
