namespace ScriptHost.Workers;

/// <summary>The pool as <c>/health</c> shows it.</summary>
/// <param name="Workers">Worker processes alive.</param>
/// <param name="Starting">Workers being started.</param>
/// <param name="Idle">Pre-started workers not yet bound to a service.</param>
/// <param name="Bound">Workers bound to a service.</param>
/// <param name="Busy">Workers running at least one invocation.</param>
/// <param name="ServicesBound">Services holding at least one worker.</param>
/// <param name="Started">Workers started since the host started.</param>
/// <param name="Ended">Workers ended since the host started, by reason (recycled, killed at the time limit, memory, stack overflow, crash, ...).</param>
/// <param name="ServicesPenalized">Services penalized now for tripping limits (see <c>Workers:TripPenaltySeconds</c>).</param>
internal sealed record WorkerPoolSnapshot(
    int Workers,
    int Starting,
    int Idle,
    int Bound,
    int Busy,
    int ServicesBound,
    long Started,
    IReadOnlyDictionary<WorkerExitReason, long> Ended,
    int ServicesPenalized);
