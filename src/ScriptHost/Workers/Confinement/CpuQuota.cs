namespace ScriptHost.Workers.Confinement;

/// <summary>A CPU quota in cores as the kernel takes it: microseconds of CPU time per period (1.0 core → quota = period).</summary>
internal static class CpuQuota
{
    /// <summary>The kernel refuses quotas under 1 ms.</summary>
    private const long MinimumMicroseconds = 1_000;

    public static long Microseconds(double cores, long periodMicroseconds) =>
        Math.Max(MinimumMicroseconds, (long)Math.Round(cores * periodMicroseconds));
}
