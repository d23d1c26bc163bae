using ScriptHost.Sandbox.Caching;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Storage;
using ScriptHost.Storage.Functions;

namespace ScriptHost.Serving;

/// <summary>
/// The compiled image a stored function version runs from: its stored build while that is still current, otherwise
/// (compiler, policy or API changed since) a fresh build, stored back so the next start loads it without compiling.
/// </summary>
internal sealed class VersionImages(CompiledFunctionCache cache, IScriptHostStore store)
{
    public async Task<CompiledScript> CompiledAsync(FunctionVersion version, CancellationToken cancellationToken)
    {
        var currentKey = cache.Compiler.KeyFor(version.Source);
        if (version.BuildKey == currentKey && !version.AssemblyImage.IsEmpty)
        {
            return new CompiledScript(version.BuildKey, version.AssemblyImage.ToArray());
        }

        var build = await cache.CompileAsync(version.Source, cancellationToken);
        if (build.Script is not { } rebuilt)
        {
            throw new InvalidOperationException(
                $"Version {version.Number} of '{version.Path}' no longer compiles: {string.Join("; ", build.Diagnostics)}");
        }

        await store.Functions.UpdateBuildAsync(version.Service, version.Path, version.Number, rebuilt.Key, rebuilt.AssemblyImage, cancellationToken);
        return rebuilt;
    }
}
