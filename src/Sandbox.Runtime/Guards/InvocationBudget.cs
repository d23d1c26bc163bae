namespace ScriptHost.Sandbox.Guards;

/// <summary>
/// The running account of one invocation against its <see cref="InvocationLimits"/>. Injected guard calls find it
/// through <see cref="Current"/>; once a limit trips it stays tripped, so every later guard call throws again.
/// </summary>
/// <remarks>
/// Thread-safe: a script may run on several threads at once (tasks it starts), and the wall-clock timer trips it
/// from a timer thread. Tripping never throws, so it is safe from finally blocks and timer callbacks.
/// </remarks>
public sealed class InvocationBudget : IDisposable
{
    private static readonly AsyncLocal<InvocationBudget?> Ambient = new();

    private readonly CancellationTokenSource _cancellation;
    private volatile LimitKindBox? _tripped;
    private long _allocatedBytes;
    private long _outputBytes;
    private int _staticConstructorsRunning;
    private volatile bool _staticConstructorEndedTripped;

    private readonly long _deadline;

    private InvocationBudget(InvocationLimits limits, CancellationToken callerToken)
    {
        Limits = limits;
        _deadline = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(limits.WallTime.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(callerToken);
        _cancellation.Token.UnsafeRegister(static state => ((InvocationBudget)state!).OnCancelled(), this);
        _cancellation.CancelAfter(limits.WallTime);
    }

    /// <summary>The budget of the invocation running on this logical call context, if any.</summary>
    public static InvocationBudget? Current => Ambient.Value;

    /// <summary>The limits this budget enforces.</summary>
    public InvocationLimits Limits { get; }

    /// <summary>
    /// Cancelled when any limit trips (the time limit included) or the caller gives up. Every host API a script can
    /// await must take it, so a stopped invocation's pending I/O is cancelled with it.
    /// </summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>
    /// The limit that tripped, if one has. A cancelled <see cref="Token"/> reads as the time limit even before the
    /// callback that records it has run: cancellation callbacks run latest-registered first, so code woken by the token
    /// (a host call that stops waiting, and the script's error mapped after it) would otherwise see no limit at all.
    /// </summary>
    public LimitKind? Tripped => _tripped?.Kind ?? (_cancellation.IsCancellationRequested ? LimitKind.Time : null);

    /// <summary>Bytes charged so far as allocated by the script's threads.</summary>
    public long AllocatedBytes => Volatile.Read(ref _allocatedBytes);

    /// <summary>Bytes of output (logs and result) charged so far.</summary>
    public long OutputBytes => Volatile.Read(ref _outputBytes);

    /// <summary>Bytes the script may still allocate before the memory limit trips.</summary>
    public long RemainingMemoryBytes => Math.Max(0, Limits.MemoryBytes - AllocatedBytes);

    /// <summary>
    /// True when a limit tripped while a static constructor of the script ran, or one is still running (read as the
    /// invocation ends, that constructor is about to be stopped by the ended budget). The runtime remembers such a type
    /// as failed for good, so the loaded script must be discarded and loaded afresh.
    /// </summary>
    public bool BrokeStaticConstructor
    {
        get
        {
            // Running is read first: an ending constructor sets the ended flag before it stops counting as running.
            var running = Volatile.Read(ref _staticConstructorsRunning) > 0;
            return running || _staticConstructorEndedTripped;
        }
    }

    /// <summary>Wall time left before the time limit; zero or less once it has passed.</summary>
    public TimeSpan RemainingTime =>
        System.Diagnostics.Stopwatch.GetElapsedTime(System.Diagnostics.Stopwatch.GetTimestamp(), _deadline);

    internal bool IsTripped => Tripped is not null;

    /// <summary>Starts accounting for an invocation and makes it <see cref="Current"/> for the calling context.</summary>
    public static InvocationBudget Begin(InvocationLimits limits, CancellationToken callerToken)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var budget = new InvocationBudget(limits, callerToken);
        Ambient.Value = budget;
        return budget;
    }

    /// <summary>
    /// Charges <paramref name="bytes"/> of output (a log line, the result) and throws the output limit's exception
    /// once the total passes <see cref="InvocationLimits.MaxOutputBytes"/>. Host loggers call this before keeping a
    /// line, so a script that logs in a loop stops at the limit like any other.
    /// </summary>
    public void ChargeOutput(long bytes)
    {
        TryChargeOutput(bytes);
        ThrowIfTripped();
    }

    /// <summary>Charges <paramref name="bytes"/> of output; false (and the output limit tripped) once past the limit.</summary>
    public bool TryChargeOutput(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        if (Interlocked.Add(ref _outputBytes, bytes) > Limits.MaxOutputBytes)
        {
            Trip(LimitKind.Output);
            return false;
        }

        return true;
    }

    /// <summary>
    /// Throws (tripping the output limit) unless <paramref name="bytes"/> more bytes of output fit in what is left of
    /// <see cref="InvocationLimits.MaxOutputBytes"/>; charges nothing. Whatever renders output for the script — the
    /// result, JSON or TwiML it asks the host API for — asks this as it writes, so it stops at the limit, not after.
    /// Also throws once any limit has tripped or the wall time has passed, so rendering stops with the invocation.
    /// </summary>
    public void EnsureOutputFits(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        TripIfPastDeadline();
        if (bytes > Limits.MaxOutputBytes - OutputBytes)
        {
            Trip(LimitKind.Output);
        }

        ThrowIfTripped();
    }

    /// <summary>
    /// Throws (tripping the memory limit) unless <paramref name="bytes"/> more bytes fit in what is left of the
    /// allocation budget; charges nothing. For host code about to allocate a buffer on the script's behalf.
    /// </summary>
    public void EnsureMemoryFits(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        if (bytes > RemainingMemoryBytes)
        {
            Trip(LimitKind.Memory);
        }

        ThrowIfTripped();
    }

    /// <summary>Marks <paramref name="limit"/> as exceeded (first trip wins) and cancels pending host I/O. Never throws.</summary>
    public void Trip(LimitKind limit)
    {
        Interlocked.CompareExchange(ref _tripped, new LimitKindBox(limit), null);
        try
        {
            // Asynchronously: cancelling inline would run the invoker's continuation (and whatever awaits it) on the
            // script's thread, inside a guard call.
            _ = _cancellation.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // The invocation already answered; the trip flag alone stops what is left of the script.
        }
    }

    /// <summary>Throws the tripped limit's exception if any limit has tripped.</summary>
    public void ThrowIfTripped()
    {
        if (Tripped is { } tripped)
        {
            throw LimitMessages.Exception(tripped, Limits);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (ReferenceEquals(Ambient.Value, this))
        {
            Ambient.Value = null;
        }

        // Work the script left running (a task it never awaited, a thread abandoned by the watchdog) must stop at its
        // next guard: the timer that would have tripped the budget goes away with the token source.
        Interlocked.CompareExchange(ref _tripped, new LimitKindBox(LimitKind.Time), null);
        _cancellation.Dispose();
    }

    /// <summary>
    /// Trips the time limit when the wall time has passed. Guards call this themselves: the timer that would trip it
    /// needs a thread-pool thread, and spinning scripts are exactly what can keep the pool from giving it one.
    /// </summary>
    internal void TripIfPastDeadline()
    {
        if (_tripped is null && System.Diagnostics.Stopwatch.GetTimestamp() >= _deadline)
        {
            Trip(LimitKind.Time);
        }
    }

    /// <summary>Adds allocation measured on one of the script's threads; trips the memory limit past it. Never throws.</summary>
    internal void ChargeAllocation(long bytes)
    {
        if (Interlocked.Add(ref _allocatedBytes, bytes) > Limits.MemoryBytes)
        {
            Trip(LimitKind.Memory);
        }
    }

    internal void StaticConstructorStarted() => Interlocked.Increment(ref _staticConstructorsRunning);

    /// <summary>Called as a static constructor ends, normally or not: a tripped budget means it ended under a limit.</summary>
    internal void StaticConstructorEnded()
    {
        if (IsTripped)
        {
            _staticConstructorEndedTripped = true;
        }

        Interlocked.Decrement(ref _staticConstructorsRunning);
    }

    private void OnCancelled()
    {
        // Cancellation by the wall-clock timer trips the time limit; a caller's own cancellation is also reported as
        // time, since from the script's side the invocation simply ran out of it.
        Interlocked.CompareExchange(ref _tripped, new LimitKindBox(LimitKind.Time), null);
    }

    private sealed record LimitKindBox(LimitKind Kind);
}
