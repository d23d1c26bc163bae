namespace ScriptHost.Workers.Confinement;

/// <summary>
/// A worker's share of the CPU when the CPU is contended, relative to the kernel's default (1.0: <c>cpu.shares</c>
/// 1024 on v1, <c>cpu.weight</c> 100 on v2). The quota caps what a worker may use; the weight decides who gets the
/// CPU when there is not enough for everyone.
/// </summary>
internal static class CpuWeight
{
    /// <summary>
    /// What one service's workers weigh together: the same for every service however many workers it has, so a service
    /// that spins its workers gets no more of a contended CPU than one serving normally.
    /// </summary>
    public const double PerService = 1.0;

    /// <summary>
    /// A worker not yet bound to a service, starting or pre-started: replacing killed workers is background work and
    /// yields to serving (measured: an abusive service's replacements otherwise took CPU from the others' answers).
    /// </summary>
    public const double Unbound = 0.1;

    /// <summary>
    /// What a service's workers weigh together while it is penalized for tripping a limit (see
    /// <see cref="WorkerPoolOptions.TripPenaltySeconds"/>): the spin, the allocation or the crash and the replacement
    /// workers it costs yield a contended CPU to the services serving normally, and cost nothing when the CPU is idle.
    /// </summary>
    public const double Penalized = 0.1;

    private const int V1Default = 1024;
    private const int V1Minimum = 2;
    private const int V1Maximum = 262_144;
    private const int V2Default = 100;
    private const int V2Minimum = 1;
    private const int V2Maximum = 10_000;

    /// <summary>
    /// Each of a service's <paramref name="workers"/> bound workers weighs an equal part of <see cref="PerService"/>,
    /// or of <see cref="Penalized"/> while the service is <paramref name="penalized"/>.
    /// </summary>
    public static double ForServiceWorker(int workers, bool penalized) => (penalized ? Penalized : PerService) / Math.Max(1, workers);

    /// <summary><paramref name="weight"/> as v1's <c>cpu.shares</c>.</summary>
    public static long ToV1Shares(double weight) => Scale(weight, V1Default, V1Minimum, V1Maximum);

    /// <summary><paramref name="weight"/> as v2's <c>cpu.weight</c>.</summary>
    public static long ToV2Weight(double weight) => Scale(weight, V2Default, V2Minimum, V2Maximum);

    private static long Scale(double weight, int kernelDefault, int minimum, int maximum)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        return Math.Clamp((long)Math.Round(weight * kernelDefault), minimum, maximum);
    }
}
