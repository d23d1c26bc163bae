using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace ScriptHost.Sandbox.Guards;

/// <summary>
/// The calls the guard injector places into script IL — and the only ones: the IL policy allows exactly this class's
/// members. Scripts cannot name this type (it is not among their references); only injected code reaches it.
/// </summary>
/// <remarks>
/// A method's entry guard returns a frame (the thread's account for the running invocation, typed <c>object</c> so the
/// script's IL references no other sandbox type); the method keeps it in a local and passes it to its other guards.
/// A null frame means no invocation is running (a script type used outside the invoker): guards then do nothing.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ScriptGuard
{
    /// <summary>Largest single <c>stackalloc</c>, in bytes; the rest of the stack belongs to the call depth budget.</summary>
    public const int MaxStackAllocBytes = 16 * 1024;

    private const int StackProbeInterval = 4;

    /// <summary>
    /// At every method, lambda, accessor and constructor entry (before the method's protected body): counts the frame,
    /// charges allocations since the last guard, and throws if a limit has tripped or the stack is too deep.
    /// </summary>
    public static object? Enter()
    {
        if (InvocationBudget.Current is not { } budget)
        {
            return null;
        }

        var account = ThreadAccount.For(budget);
        account.ChargeAllocations();
        account.CheckDeadlineNowAndThen();
        if (account.Depth >= budget.Limits.MaxStackDepth || !HasStackToSpare(account.Depth))
        {
            budget.Trip(LimitKind.Stack);
        }

        budget.ThrowIfTripped();
        account.Depth++;
        return account;
    }

    /// <summary>
    /// At the entry of an async state machine's <c>MoveNext</c> (a start or a resumption). Never throws: an exception
    /// here would escape the state machine onto a thread-pool thread and end the process. A trip is recorded and
    /// thrown by the next guard inside the state machine's own try block. Allocation since the thread last ran
    /// script code is not charged when the thread comes from elsewhere (no script frame of the invocation on it):
    /// between resumptions it did other work. A continuation run inline by the script itself (an async iterator's
    /// <c>yield return</c>, <c>TaskCompletionSource.SetResult</c>) is charged like any call: what was allocated
    /// just before was the script's.
    /// </summary>
    public static object? Resume()
    {
        if (InvocationBudget.Current is not { } budget)
        {
            return null;
        }

        var account = ThreadAccount.For(budget);
        if (account.Depth == 0)
        {
            account.Resynchronise();
        }
        else
        {
            account.ChargeAllocations();
        }

        if (account.Depth >= budget.Limits.MaxStackDepth || !HasStackToSpare(account.Depth))
        {
            budget.Trip(LimitKind.Stack);
        }

        account.Depth++;
        return account;
    }

    /// <summary>In the finally block wrapped around every method body: uncounts the frame and charges allocations. Never throws.</summary>
    public static void Exit(object? frame)
    {
        if (frame is ThreadAccount account)
        {
            account.Depth--;
            account.ChargeAllocations();
        }
    }

    /// <summary>
    /// The real stack, as a backstop to the frame count (framework frames between script frames, big threads' worth of
    /// callbacks). Asked every <see cref="StackProbeInterval"/> frames: it costs as much as the rest of the entry guard,
    /// and the runtime promises a 128 KB margin when it says yes, far more than a few script frames and the framework
    /// frames between them take.
    /// </summary>
    private static bool HasStackToSpare(int depth) =>
        depth % StackProbeInterval != 0 || RuntimeHelpers.TryEnsureSufficientExecutionStack();

    /// <summary>At every loop back-edge (a branch to an earlier or the same instruction).</summary>
    public static void BackEdge(object? frame)
    {
        if (frame is ThreadAccount account)
        {
            account.Check();
        }
    }

    /// <summary>
    /// At the start of every catch handler and filter, with the caught exception. A script that catches
    /// <see cref="OutOfMemoryException"/> or <see cref="InsufficientExecutionStackException"/> trips the matching limit
    /// instead of carrying on; a tripped limit is thrown again, so catch-and-retry cannot outrun it.
    /// </summary>
    public static void EnterCatch(object? exception, object? frame)
    {
        if (frame is not ThreadAccount account)
        {
            return;
        }

        if (exception is OutOfMemoryException)
        {
            account.Budget.Trip(LimitKind.Memory);
        }
        else if (exception is InsufficientExecutionStackException)
        {
            account.Budget.Trip(LimitKind.Stack);
        }

        account.Check();
    }

    /// <summary>At the start of every finally and fault handler.</summary>
    public static void EnterFinally(object? frame)
    {
        if (frame is ThreadAccount account)
        {
            account.Check();
        }
    }

    /// <summary>
    /// Before every <c>newarr</c>: throws the memory limit if <paramref name="length"/> elements of
    /// <paramref name="elementSize"/> bytes would not fit in what is left of the budget, so an oversized array is
    /// refused before it is allocated. Returns the length for the <c>newarr</c> that follows.
    /// </summary>
    public static nint BeforeNewArray(nint length, int elementSize, object? frame)
    {
        if (frame is ThreadAccount account)
        {
            account.Check();
            if (length > 0 && elementSize > 0 && length > account.Budget.RemainingMemoryBytes / elementSize)
            {
                account.Budget.Trip(LimitKind.Memory);
                account.Budget.ThrowIfTripped();
            }
        }

        return length;
    }

    /// <summary>
    /// Before every <c>localloc</c> (<c>stackalloc</c>): refuses a single block over <see cref="MaxStackAllocBytes"/>
    /// and any block when the thread's stack is nearly used up (a stackalloc in a loop grows one frame without a call).
    /// Returns the size for the <c>localloc</c> that follows.
    /// </summary>
    public static nuint BeforeStackAlloc(nuint bytes, object? frame)
    {
        if (frame is ThreadAccount account)
        {
            if (bytes > MaxStackAllocBytes || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                account.Budget.Trip(LimitKind.Stack);
            }

            account.Check();
        }

        return bytes;
    }
}
