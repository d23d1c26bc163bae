namespace ScriptHost.Sandbox.Caching;

/// <summary>Bounds of the compiled-function cache.</summary>
public sealed class CompiledFunctionCacheOptions
{
    /// <summary>Most loaded scripts kept at once; the least recently used are unloaded beyond it.</summary>
    public int MaxEntries { get; init; } = 1_000;

    /// <summary>How long an unused script stays loaded.</summary>
    public TimeSpan SlidingExpiration { get; init; } = TimeSpan.FromHours(1);
}
