namespace ScriptHost.Sandbox.Guards;

/// <summary>The limits one invocation runs under. Defaults follow Twilio Functions where it has one.</summary>
public sealed record InvocationLimits
{
    /// <summary>The defaults: 10 s, 64 MB allocated, 2,000 frames deep within 1 MB of stack, 4 MB of output.</summary>
    public static InvocationLimits Default { get; } = new();

    /// <summary>Wall-clock time from start to answer.</summary>
    public TimeSpan WallTime { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Bytes the invocation may allocate in total.</summary>
    public long MemoryBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Deepest call nesting of script code.</summary>
    public int MaxStackDepth { get; init; } = 2_000;

    /// <summary>
    /// Real stack the script's frames may take on one thread, measured from its outermost script frame. Bounds what the
    /// frame count cannot: big frames, framework frames between script frames, and code running inside exception
    /// handlers, each level of which sits on the runtime's dispatch of its exception. Well under the smallest thread
    /// stack the host runs scripts on (1.5 MB; 8 MB for pool threads on Linux by default).
    /// </summary>
    public long MaxStackBytes { get; init; } = 1024 * 1024;

    /// <summary>Largest result (and log volume) in bytes.</summary>
    public long MaxOutputBytes { get; init; } = 4L * 1024 * 1024;
}
