namespace ScriptHost.Workers.Confinement;

/// <summary>
/// What one worker process may use: memory (including the kernel's view of its page cache), CPU time as a number of
/// cores, and how many processes and threads it may hold.
/// </summary>
/// <param name="MemoryBytes">The cgroup memory limit; the kernel kills the worker beyond it.</param>
/// <param name="CpuCores">The CPU quota in cores: 1.0 is one core's worth of time each period, 0.5 half of one.</param>
/// <param name="MaxProcesses">The cgroup pids limit: processes and threads together (the runtime's own threads count).</param>
internal sealed record WorkerResourceLimits(long MemoryBytes, double CpuCores, int MaxProcesses)
{
    /// <summary>The smallest memory limit a .NET worker starts under at all.</summary>
    public const long MinimumMemoryBytes = 16L * 1024 * 1024;

    /// <summary>
    /// The part of the memory limit the managed heap may use (<c>DOTNET_GCHeapHardLimit</c>): 75 %, so an allocation
    /// fails with an OutOfMemoryException the worker can report before the kernel kills the whole process; the rest is
    /// the runtime's own native memory, JIT code and stacks.
    /// </summary>
    public long ManagedHeapLimitBytes => MemoryBytes / 4 * 3;

    /// <summary>Throws when a limit could not be applied as written (too small, not a number, or unbounded).</summary>
    public void Validate()
    {
        if (MemoryBytes < MinimumMemoryBytes)
        {
            throw new ArgumentOutOfRangeException(nameof(MemoryBytes), MemoryBytes, $"A worker needs at least {MinimumMemoryBytes} bytes of memory.");
        }

        if (!double.IsFinite(CpuCores) || CpuCores < 0.01 || CpuCores > 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(CpuCores), CpuCores, "The CPU quota must be between 0.01 and 1024 cores.");
        }

        if (MaxProcesses < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxProcesses), MaxProcesses, "A worker needs at least one process.");
        }
    }
}
