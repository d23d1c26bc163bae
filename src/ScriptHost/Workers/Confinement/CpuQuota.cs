namespace ScriptHost.Workers.Confinement;

/// <summary>A CPU quota in cores as the kernel takes it: microseconds of CPU time per period (1.0 core → quota = period).</summary>
internal static class CpuQuota
{
    /// <summary>The period every worker's quota is counted over (the kernel's default).</summary>
    public const long PeriodMicroseconds = 100_000;

    /// <summary>The kernel refuses quotas under 1 ms.</summary>
    private const long MinimumMicroseconds = 1_000;

    /// <summary><paramref name="cores"/> as microseconds per <see cref="PeriodMicroseconds"/>.</summary>
    public static long Microseconds(double cores) =>
        Math.Max(MinimumMicroseconds, (long)Math.Round(cores * PeriodMicroseconds));

    /// <summary><paramref name="cores"/> as v2's <c>cpu.max</c> ("quota period").</summary>
    public static string ToV2Max(double cores) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Microseconds(cores)} {PeriodMicroseconds}");
}
