using System.Runtime.CompilerServices;

namespace ScriptHost.Sandbox.Guards;

/// <summary>
/// What one thread has done for one invocation: how deep the script's frames are nested on it, and how much the
/// thread had allocated when the script last reached a guard on it.
/// </summary>
/// <remarks>
/// A method's entry guard hands its account to the method's other guards through a local, so back-edges need no
/// ambient lookup at all. A thread switching to another invocation gets a fresh account, which starts its
/// allocation mark at the thread's current total: work done on the thread before is never charged to the script.
/// </remarks>
internal sealed class ThreadAccount
{
    [ThreadStatic]
    private static ThreadAccount? t_current;

    // How many guard checks pass between two looks at the clock: a clock read costs ~20 ns, a check ~5 ns.
    private const int DeadlineCheckInterval = 64;

    private long _allocationMark;
    private int _checks;
    private nuint _stackBase;

    private readonly int _maxDepth;
    private readonly long _maxStackBytes;

    private ThreadAccount(InvocationBudget budget)
    {
        Budget = budget;
        _maxDepth = budget.Limits.MaxStackDepth;
        _maxStackBytes = budget.Limits.MaxStackBytes;
        _allocationMark = GC.GetAllocatedBytesForCurrentThread();
    }

    public InvocationBudget Budget { get; }

    /// <summary>Script frames of this invocation currently on this thread.</summary>
    public int Depth { get; set; }

    /// <summary>
    /// Whether one more script frame fits: under the frame count, and under the byte budget of real stack measured from
    /// the thread's outermost script frame (whose entry sets the base), so framework frames between script frames and
    /// big frames count too.
    /// </summary>
    public bool HasRoomForFrame()
    {
        var position = StackPosition();
        if (Depth == 0)
        {
            _stackBase = position;
        }

        return Depth < _maxDepth && StackUsed(position) <= _maxStackBytes;
    }

    /// <summary>Whether the real stack used since the thread's outermost script frame is within the byte budget.</summary>
    public bool IsWithinStackBytes() => StackUsed(StackPosition()) <= _maxStackBytes;

    // Stacks grow down on every platform .NET runs on; a position above the base (shallower) counts as nothing used.
    private long StackUsed(nuint position) => (long)(_stackBase - position);

    /// <summary>The calling thread's account for <paramref name="budget"/>.</summary>
    public static ThreadAccount For(InvocationBudget budget)
    {
        var account = t_current;
        if (account is null || !ReferenceEquals(account.Budget, budget))
        {
            account = new ThreadAccount(budget);
            t_current = account;
        }

        return account;
    }

    /// <summary>Charges what the thread allocated since the last guard; trips the memory limit past it. Never throws.</summary>
    public void ChargeAllocations()
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var delta = allocated - _allocationMark;
        if (delta != 0)
        {
            _allocationMark = allocated;
            Budget.ChargeAllocation(delta);
        }
    }

    /// <summary>Forgets what the thread allocated since the last guard (it was not the script's work).</summary>
    public void Resynchronise() => _allocationMark = GC.GetAllocatedBytesForCurrentThread();

    /// <summary>Charges allocations, looks at the clock now and then, then throws if any limit has tripped.</summary>
    public void Check()
    {
        ChargeAllocations();
        CheckDeadlineNowAndThen();
        Budget.ThrowIfTripped();
    }

    /// <summary>Every <see cref="DeadlineCheckInterval"/>th call, trips the time limit if the wall time has passed. Never throws.</summary>
    public void CheckDeadlineNowAndThen()
    {
        if (++_checks % DeadlineCheckInterval == 0)
        {
            Budget.TripIfPastDeadline();
        }
    }

    // The address of a local: a point in the current frame (the caller's, when inlined).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe nuint StackPosition()
    {
        byte here = 0;
        return (nuint)(&here);
    }
}
