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

    // The runtime's own stack probe costs as much as the rest of the entry guard; the byte budget is checked on every
    // frame, the probe (a backstop for threads with less stack than the budget) every few.
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
        if (!HasRoomForFrame(account))
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

        if (!HasRoomForFrame(account))
        {
            budget.Trip(LimitKind.Stack);
        }

        account.Depth++;
        return account;
    }

    /// <summary>
    /// At the entry of a static constructor: <see cref="Enter"/>, and the budget learns that a type initializer is
    /// running. A limit that trips while one runs leaves the type broken for good (every later use throws
    /// <see cref="TypeInitializationException"/>), so the invocation then asks the host to discard the loaded script.
    /// </summary>
    public static object? EnterStaticConstructor()
    {
        if (InvocationBudget.Current is not { } budget)
        {
            return null;
        }

        budget.StaticConstructorStarted();
        try
        {
            return Enter();
        }
        catch
        {
            // Refused at entry: the type initializer fails under a tripped limit just the same.
            budget.StaticConstructorEnded();
            throw;
        }
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

    /// <summary>The exit of a static constructor: <see cref="Exit"/>, and the budget learns the initializer ended. Never throws.</summary>
    public static void ExitStaticConstructor(object? frame)
    {
        if (frame is ThreadAccount account)
        {
            Exit(account);
            account.Budget.StaticConstructorEnded();
        }
    }

    /// <summary>At every loop back-edge (a branch to an earlier or the same instruction).</summary>
    public static void BackEdge(object? frame)
    {
        if (frame is ThreadAccount account)
        {
            account.Check();
        }
    }

    /// <summary>
    /// The filter every script <c>catch (T)</c> becomes, called with the exception already tested against <c>T</c>
    /// (<paramref name="exceptionOrNull"/> is null when it is not a <c>T</c>). Once a limit has tripped no script catch
    /// takes an exception, so the limit's exception leaves the script in one dispatch: a catch that threw it again
    /// would nest one more exception dispatch on the stack for every frame it unwinds (see
    /// <see cref="HasRoomForHandler"/>). Never throws.
    /// </summary>
    public static bool MayCatch(object? exceptionOrNull, object? frame) =>
        exceptionOrNull is not null && (frame is not ThreadAccount account || MayHandle(exceptionOrNull, account));

    /// <summary>At the start of every script exception filter: false (no match) once a limit has tripped. Never throws.</summary>
    public static bool EnterFilter(object? exception, object? frame) =>
        frame is not ThreadAccount account || MayHandle(exception, account);

    /// <summary>
    /// At the start of every catch handler, with the caught exception. A script that catches
    /// <see cref="OutOfMemoryException"/> or <see cref="InsufficientExecutionStackException"/> trips the matching limit
    /// instead of carrying on; a tripped limit is thrown again, so catch-and-retry cannot outrun it. (The catch's
    /// filter, <see cref="MayCatch"/>, already refused a tripped budget: this throws only for a limit that tripped
    /// in between.)
    /// </summary>
    public static void EnterCatch(object? exception, object? frame)
    {
        if (frame is ThreadAccount account && !MayHandle(exception, account))
        {
            account.Budget.ThrowIfTripped();
        }
    }

    /// <summary>
    /// At the start of every finally and fault handler: false once a limit has tripped (or the stack is too deep), and
    /// the handler's body is then skipped. Never throws: a finally that threw while the limit's exception unwinds the
    /// script would nest one more exception dispatch on the stack for every frame.
    /// </summary>
    public static bool EnterFinally(object? frame) =>
        frame is not ThreadAccount account || MayHandle(null, account);

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
            if (bytes > MaxStackAllocBytes || !HasRoomForHandler(account))
            {
                account.Budget.Trip(LimitKind.Stack);
            }

            account.Check();
        }

        return bytes;
    }

    /// <summary>
    /// Whether the thread may take one more script frame: under the frame count, under the byte budget of real stack
    /// (measured from the outermost script frame on the thread), and — every <see cref="StackProbeInterval"/> frames —
    /// with the runtime's guaranteed margin (128 KB) still free.
    /// </summary>
    private static bool HasRoomForFrame(ThreadAccount account) =>
        account.HasRoomForFrame() && (account.Depth % StackProbeInterval != 0 || RuntimeHelpers.TryEnsureSufficientExecutionStack());

    /// <summary>
    /// Whether the thread's stack can take one more exception dispatch; checked in full at every handler entry. Code in
    /// a catch, filter or finally runs on top of the runtime's dispatch of the exception (about 15 KB of real stack
    /// each on .NET 10, measured), so recursion through handlers grows the stack far faster per frame than plain calls,
    /// and a handler that throws nests one more dispatch without any call at all.
    /// </summary>
    private static bool HasRoomForHandler(ThreadAccount account) =>
        account.IsWithinStackBytes() && RuntimeHelpers.TryEnsureSufficientExecutionStack();

    private static bool MayHandle(object? exception, ThreadAccount account)
    {
        TripFor(exception, account);
        if (!HasRoomForHandler(account))
        {
            account.Budget.Trip(LimitKind.Stack);
        }

        account.ChargeAllocations();
        account.CheckDeadlineNowAndThen();
        return !account.Budget.IsTripped;
    }

    private static void TripFor(object? exception, ThreadAccount account)
    {
        if (exception is OutOfMemoryException)
        {
            account.Budget.Trip(LimitKind.Memory);
        }
        else if (exception is InsufficientExecutionStackException)
        {
            account.Budget.Trip(LimitKind.Stack);
        }
    }
}
