using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Loading;

namespace ScriptHost.Sandbox.Caching;

/// <summary>A cached build: the persistable image and the loaded, runnable script.</summary>
/// <param name="Compiled">The compiled image (persist it to skip recompiling after a restart).</param>
/// <param name="Loaded">The script loaded into its own context.</param>
/// <param name="Warnings">Compiler warnings of the build, when it was compiled in this process.</param>
public sealed record CachedFunction(CompiledScript Compiled, LoadedScript Loaded, IReadOnlyList<ScriptDiagnostic> Warnings);
