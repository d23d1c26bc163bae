namespace ScriptHost.Sandbox.Guards;

/// <summary>
/// The running account of one invocation against its <see cref="InvocationLimits"/>. Injected guard calls find it
/// through <see cref="Current"/>; once a limit trips it stays tripped, so every later guard call throws again.
/// </summary>
public sealed class InvocationBudget : IDisposable
{
    private static readonly AsyncLocal<InvocationBudget?> Ambient = new();

    private readonly CancellationTokenSource _cancellation;
    private volatile LimitKindBox? _tripped;

    private InvocationBudget(InvocationLimits limits, CancellationToken callerToken)
    {
        Limits = limits;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(callerToken);
        _cancellation.Token.UnsafeRegister(static state => ((InvocationBudget)state!).OnCancelled(), this);
        _cancellation.CancelAfter(limits.WallTime);
    }

    /// <summary>The budget of the invocation running on this logical call context, if any.</summary>
    public static InvocationBudget? Current => Ambient.Value;

    /// <summary>The limits this budget enforces.</summary>
    public InvocationLimits Limits { get; }

    /// <summary>Cancelled when the time limit passes or the caller gives up; host APIs a script awaits take it.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>The limit that tripped, if one has.</summary>
    public LimitKind? Tripped => _tripped?.Kind;

    /// <summary>Starts accounting for an invocation and makes it <see cref="Current"/> for the calling context.</summary>
    public static InvocationBudget Begin(InvocationLimits limits, CancellationToken callerToken)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var budget = new InvocationBudget(limits, callerToken);
        Ambient.Value = budget;
        return budget;
    }

    /// <summary>Marks <paramref name="limit"/> as exceeded (first trip wins) and cancels pending host I/O.</summary>
    public void Trip(LimitKind limit)
    {
        Interlocked.CompareExchange(ref _tripped, new LimitKindBox(limit), null);
        if (!_cancellation.IsCancellationRequested)
        {
            _cancellation.Cancel();
        }
    }

    /// <summary>Throws the tripped limit's exception if any limit has tripped.</summary>
    public void ThrowIfTripped()
    {
        if (_tripped is { } tripped)
        {
            throw LimitMessages.Exception(tripped.Kind, Limits);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (ReferenceEquals(Ambient.Value, this))
        {
            Ambient.Value = null;
        }

        _cancellation.Dispose();
    }

    private void OnCancelled()
    {
        // Cancellation by the wall-clock timer trips the time limit; a caller's own cancellation is also reported as
        // time, since from the script's side the invocation simply ran out of it.
        Interlocked.CompareExchange(ref _tripped, new LimitKindBox(LimitKind.Time), null);
    }

    private sealed record LimitKindBox(LimitKind Kind);
}
