using ScriptHost.Sandbox.Compilation;

namespace ScriptHost.Sandbox.Caching;

/// <summary>The answer to a cache lookup by source: the cached function, or why there is none.</summary>
/// <param name="Function">The function, when the source compiled.</param>
/// <param name="Diagnostics">The compile diagnostics when it did not (warnings otherwise).</param>
/// <param name="Compiled">True when this lookup compiled the source rather than finding it cached.</param>
public sealed record CacheLookup(CachedFunction? Function, IReadOnlyList<ScriptDiagnostic> Diagnostics, bool Compiled)
{
    /// <summary>True when <see cref="Function"/> is available.</summary>
    public bool Succeeded => Function is not null;
}
