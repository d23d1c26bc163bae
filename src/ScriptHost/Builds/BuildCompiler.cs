using Microsoft.Extensions.Options;
using ScriptHost.Deployments;
using ScriptHost.Sandbox.Caching;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Serving;
using ScriptHost.Storage;
using ScriptHost.Storage.Builds;

namespace ScriptHost.Builds;

/// <summary>
/// Compiles every function of a build, each with the build's shared code. A function whose image the service already
/// stores (same source, same shared code, same compiler: the same key) is reused and not compiled; the others compile
/// through the compiled-function cache, a few at a time (<see cref="BuildOptions.MaxParallelCompiles"/>), and their
/// images are stored each in its own short write. Every diagnostic of every function is kept, not just the first
/// failure's; one in shared code, which every function's compile reports again, is kept once.
/// </summary>
internal sealed class BuildCompiler(CompiledFunctionCache cache, IScriptHostStore store, LiveServices live, IOptions<BuildOptions> options)
{
    /// <summary>
    /// The functions ready to complete the build with, or null when any failed; either way the diagnostics, and the paths
    /// that compiled (or whose stored image was reused).
    /// </summary>
    public sealed record Outcome(IReadOnlyList<CompiledBuildFunction>? Functions, IReadOnlyList<BuildDiagnostic> Diagnostics, IReadOnlyList<string> CompiledPaths);

    public async Task<Outcome> CompileAllAsync(string service, BuildInput input, CancellationToken cancellationToken)
    {
        var compiled = new CompiledBuildFunction?[input.Functions.Count];
        var diagnostics = new IReadOnlyList<ScriptDiagnostic>[input.Functions.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelCompiles, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, input.Functions.Count), parallel, async (index, token) =>
        {
            var function = input.Functions[index];
            var key = cache.Compiler.KeyFor(function.Source, input.Lib);
            if (await store.Blobs.HasImageAsync(service, key, token))
            {
                compiled[index] = new(function.Path, function.Source, function.Visibility, function.Limits, key, ReadOnlyMemory<byte>.Empty, Reused: true);
                diagnostics[index] = [];
                return;
            }

            var state = live.TryGetService(service, out var found) ? found : null;
            if (state is { HasOverrunningCompile: true })
            {
                // A compile of this service (this build's, most likely) answered at its limit and runs on: the build
                // fails anyway, and compiling the rest meanwhile would let one tenant hold more than one core.
                diagnostics[index] = [new ScriptDiagnostic(
                    SandboxDiagnosticIds.CompileHeldBack,
                    ScriptDiagnosticSeverity.Error,
                    "Not compiled: an earlier compile of this service passed the compile limit and is still running.",
                    1, 1, 1, 1,
                    function.Path)];
                return;
            }

            var result = await cache.CompileAsync(function.Source, function.Path, input.Lib, token);
            state?.TrackOverrun(result);

            diagnostics[index] = result.Diagnostics;
            if (result.Script is { } script)
            {
                await store.Blobs.PutImageAsync(service, script.Key, script.AssemblyImage, token);
                compiled[index] = new(function.Path, function.Source, function.Visibility, function.Limits, script.Key, ReadOnlyMemory<byte>.Empty, Reused: false);
            }
        });

        var all = BuildDiagnostics.Collect(diagnostics.SelectMany(list => list));
        var succeeded = compiled.OfType<CompiledBuildFunction>().ToList();
        var paths = succeeded.Select(function => function.Path).ToList();
        return succeeded.Count == compiled.Length ? new Outcome(succeeded, all, paths) : new Outcome(null, all, paths);
    }
}
