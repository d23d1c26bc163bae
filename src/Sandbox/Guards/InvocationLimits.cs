namespace ScriptHost.Sandbox.Guards;

/// <summary>The limits one invocation runs under. Defaults follow Twilio Functions where it has one.</summary>
public sealed record InvocationLimits
{
    /// <summary>The defaults: 10 s, 64 MB allocated, 2,000 frames deep, 4 MB of output.</summary>
    public static InvocationLimits Default { get; } = new();

    /// <summary>Wall-clock time from start to answer.</summary>
    public TimeSpan WallTime { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Bytes the invocation may allocate in total.</summary>
    public long MemoryBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Deepest call nesting of script code.</summary>
    public int MaxStackDepth { get; init; } = 2_000;

    /// <summary>Largest result (and log volume) in bytes.</summary>
    public long MaxOutputBytes { get; init; } = 4L * 1024 * 1024;
}
