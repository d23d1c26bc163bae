using System.ComponentModel.DataAnnotations;

namespace ScriptHost.Workers;

/// <summary>The worker pool (<c>ScriptHost:Workers</c>): how many worker processes, how big, and when they are replaced.</summary>
public sealed class WorkerPoolOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ScriptHost:Workers";

    /// <summary>Generic workers kept started and unbound, so a service's first call does not wait for a process to start.</summary>
    [Range(0, 64)]
    public int Prestarted { get; set; } = 2;

    /// <summary>Most worker processes alive at once, across services.</summary>
    [Range(1, 1024)]
    public int MaxWorkers { get; set; } = 16;

    /// <summary>Most workers one service may hold; its invocations share them.</summary>
    [Range(1, 64)]
    public int MaxWorkersPerService { get; set; } = 2;

    /// <summary>Invocations one worker runs at once before the service gets another worker (up to <see cref="MaxWorkersPerService"/>).</summary>
    [Range(1, 10_000)]
    public int MaxConcurrentPerWorker { get; set; } = 64;

    /// <summary>A worker is replaced after this many invocations (and after any limit trip), so nothing lingers in it for long.</summary>
    [Range(1, 100_000_000)]
    public int InvocationsPerWorker { get; set; } = 1_000_000;

    /// <summary>Memory of one worker process (its cgroup limit; the managed heap's hard limit is set below it).</summary>
    [Range(64, 65_536)]
    public int MemoryMb { get; set; } = 1024;

    /// <summary>CPU one worker may use, in cores (its cgroup quota).</summary>
    [Range(0.05, 64)]
    public double CpuCores { get; set; } = 1.0;

    /// <summary>Most processes and threads in one worker's cgroup.</summary>
    [Range(16, 100_000)]
    public int MaxProcesses { get; set; } = 256;

    /// <summary>How long past an invocation's time limit the host waits for the worker's answer before ending the worker.</summary>
    [Range(50, 60_000)]
    public int KillGraceMs { get; set; } = 500;

    /// <summary>How long a worker may take to start and say it is ready.</summary>
    [Range(500, 120_000)]
    public int StartTimeoutMs { get; set; } = 15_000;

    /// <summary>Worker crashes (or kills) one function may cause within <see cref="CrashWindowSeconds"/> before it is suspended.</summary>
    [Range(1, 1000)]
    public int CrashesBeforeSuspension { get; set; } = 3;

    /// <summary>The window <see cref="CrashesBeforeSuspension"/> counts in.</summary>
    [Range(1, 86_400)]
    public int CrashWindowSeconds { get; set; } = 60;

    /// <summary>How long a suspended function answers 503 before it may run again.</summary>
    [Range(1, 86_400)]
    public int SuspensionSeconds { get; set; } = 30;

    /// <summary>
    /// A service whose workers trip a limit (time, memory, stack, a crash) a second time within this many seconds is
    /// penalized until this long after its last trip: its workers weigh a tenth on a contended CPU, each is capped at
    /// <see cref="TripPenaltyCpuCores"/>, and it starts its own workers under that cap instead of taking pre-started
    /// ones. 0 turns penalties off. Measured (benchmarks, 2 cores): while a service kept tripping every limit, another service
    /// kept 0.54 of its quiet throughput without penalties, 0.88 with a 0.25-core cap, 0.93 with 0.1.
    /// </summary>
    [Range(0, 86_400)]
    public int TripPenaltySeconds { get; set; } = 30;

    /// <summary>The CPU cap, in cores, of each worker of a penalized service (see <see cref="TripPenaltySeconds"/>).</summary>
    [Range(0.01, 64)]
    public double TripPenaltyCpuCores { get; set; } = 0.25;

    /// <summary>The folder holding the worker (<c>ScriptHost.Worker.dll</c>); empty means the <c>worker</c> folder beside the host.</summary>
    public string? Directory { get; set; }
}
