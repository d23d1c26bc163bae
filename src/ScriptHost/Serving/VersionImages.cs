using ScriptHost.Sandbox.Caching;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Compilation.SharedCode;
using ScriptHost.Storage;

namespace ScriptHost.Serving;

/// <summary>
/// The compiled image a function's source runs from with its build's shared code: the stored image under the key the
/// current compiler gives it, otherwise (never stored, or compiler, policy or API changed since) a fresh compile, stored
/// under its key so the next start loads it without compiling.
/// </summary>
internal sealed class VersionImages(CompiledFunctionCache cache, IScriptHostStore store)
{
    public async Task<CompiledScript> CompiledAsync(string service, string path, string source, IReadOnlyList<SharedCodeFile> lib, CancellationToken cancellationToken)
    {
        var currentKey = cache.Compiler.KeyFor(source, lib);
        if (await store.Blobs.GetImageAsync(service, currentKey, cancellationToken) is { IsEmpty: false } stored)
        {
            return new CompiledScript(currentKey, stored.ToArray());
        }

        var build = await cache.CompileAsync(source, fileName: null, lib, cancellationToken);
        if (build.Script is not { } rebuilt)
        {
            throw new InvalidOperationException(
                $"'{path}' of service '{service}' no longer compiles: {string.Join("; ", build.Diagnostics)}");
        }

        await store.Blobs.PutImageAsync(service, rebuilt.Key, rebuilt.AssemblyImage, cancellationToken);
        return rebuilt;
    }
}
