using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using ScriptHost.Configuration;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Compilation.SharedCode;
using ScriptHost.Storage.Validation;
using ScriptHost.Storage;
using ScriptHost.Storage.Builds;

namespace ScriptHost.Serving;

/// <summary>
/// Turns a stored, completed build into what an environment serves (<see cref="LiveBuild"/>): functions the environment
/// already serves at the same version, settings and shared code are carried over with their loads; the rest get their
/// compiled images from storage (or a compile, when the stored key is stale).
/// </summary>
internal sealed class LiveBuildLoader(
    IScriptHostStore store,
    VersionImages images,
    IOptions<ScriptHostOptions> options,
    ILogger<LiveBuildLoader> logger)
{
    /// <summary>
    /// The live form of <paramref name="build"/> deployed as <paramref name="deploymentId"/> on <paramref name="environment"/>.
    /// <paramref name="compiled"/> holds images the caller just compiled, by path, so they are not read back from storage.
    /// A function that cannot be loaded (it no longer compiles under a newer compiler) is logged and left out.
    /// </summary>
    public async Task<LiveBuild> LoadAsync(
        EnvironmentState environment,
        string service,
        int deploymentId,
        BuildRecord build,
        IReadOnlyDictionary<string, (string Source, CompiledScript Compiled)>? compiled,
        CancellationToken cancellationToken)
    {
        var lib = build.Lib.Select(file => new SharedCodeFile(SharedCodePath.ToRelative(file.Path), file.Source)).ToList();
        var current = environment.Live;
        var sameLib = current.Lib.SequenceEqual(lib);
        var functions = new Dictionary<string, DeployedFunction>(build.Functions.Count, StringComparer.Ordinal);
        foreach (var function in build.Functions)
        {
            if (sameLib
                && current.Functions.TryGetValue(function.Path, out var running)
                && running.Version == function.FunctionVersion
                && running.Visibility == function.Visibility
                && running.StoredLimits == function.Limits)
            {
                functions[function.Path] = running;
                continue;
            }

            try
            {
                var (source, image) = compiled is not null && compiled.TryGetValue(function.Path, out var fresh)
                    ? fresh
                    : await ImageOfAsync(service, function, lib, cancellationToken);
                functions[function.Path] = new DeployedFunction(
                    service,
                    environment.Name,
                    function.Path,
                    function.FunctionVersion,
                    function.Visibility,
                    function.Limits,
                    options.Value.LimitsFor(function.Limits.TimeoutMs, function.Limits.MemoryMb),
                    source,
                    function.SourceSha256,
                    image);
            }
            catch (InvalidOperationException exception)
            {
                logger.LogError(
                    "Function {Service}@{Environment}{Path} v{Version} of build {Build} is not served: {Reason}",
                    service, environment.Name, function.Path, function.FunctionVersion, build.Id, exception.Message);
            }
        }

        return new LiveBuild(
            deploymentId,
            build.Id,
            functions.ToFrozenDictionary(StringComparer.Ordinal),
            build.Assets
                .Select(asset => new LiveAsset(asset.Path, asset.Sha256, asset.ContentType, asset.Visibility, asset.Length))
                .ToFrozenDictionary(asset => asset.Path, StringComparer.Ordinal),
            lib);
    }

    private async Task<(string Source, CompiledScript Compiled)> ImageOfAsync(
        string service, BuildFunction function, IReadOnlyList<SharedCodeFile> lib, CancellationToken cancellationToken)
    {
        var version = await store.Functions.GetVersionAsync(service, function.Path, function.FunctionVersion, cancellationToken)
            ?? throw new InvalidOperationException($"its version {function.FunctionVersion} is not stored.");
        return (version.Source, await images.CompiledAsync(service, function.Path, version.Source, lib, cancellationToken));
    }
}
