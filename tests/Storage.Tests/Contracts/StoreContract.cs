using System.Text;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Functions;
using ScriptHost.Storage.Services;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.Tests.Contracts;

/// <summary>The base of every contract test class: a store per test from the backend's factory, and helpers that write through the contract only.</summary>
public abstract class StoreContract(IContractStoreFactory factory)
{
    protected static CancellationToken None => CancellationToken.None;

    protected Task<IContractStore> NewStoreAsync(TimeProvider? clock = null) => factory.CreateAsync(clock);

    protected static Task<ServiceRecord> CreateServiceAsync(IScriptHostStore store, string name) =>
        store.Services.CreateServiceAsync(name, KeyHash.Compute("key-of-" + name), new ServiceSettings(), None);

    /// <summary>A stand-in image key: like the compiler's, a hash of the source (and, here, no compiler fingerprint).</summary>
    protected static string KeyFor(string source) => ContentHash.OfText("test-compiler\n" + source);

    protected static byte[] ImageFor(string source) => Encoding.UTF8.GetBytes("MZ-image-of:" + source);

    /// <summary>A freshly compiled function: its image travels with it.</summary>
    protected static CompiledBuildFunction Compiled(string path, string source, FunctionVisibility visibility = FunctionVisibility.Public, FunctionLimits? limits = null) =>
        new(path, source, visibility, limits ?? FunctionLimits.Default, KeyFor(source), ImageFor(source), Reused: false);

    /// <summary>A function whose image is already stored under its key.</summary>
    protected static CompiledBuildFunction Reused(string path, string source) =>
        new(path, source, FunctionVisibility.Public, FunctionLimits.Default, KeyFor(source), ReadOnlyMemory<byte>.Empty, Reused: true);

    protected static BuildRequest Request(
        string service,
        IReadOnlyList<BuildAssetReference>? assets = null,
        IReadOnlyList<BuildLibSource>? lib = null,
        int? baseBuildId = null,
        IReadOnlyList<CompiledBuildFunction>? functions = null) =>
        new(service, BuildOrigin.Bundle, [.. (functions ?? []).Select(Reference)], assets ?? [], lib ?? [], baseBuildId);

    /// <summary>What a build of <paramref name="function"/> is queued with.</summary>
    protected static BuildFunctionReference Reference(CompiledBuildFunction function) =>
        new(function.Path, function.Visibility, function.Limits, ContentHash.OfText(function.Source));

    /// <summary>Queues <paramref name="functions"/>, starts and completes their build, the way the build pipeline does.</summary>
    protected static async Task<BuildRecord> CompletedBuildAsync(
        IScriptHostStore store,
        string service,
        IReadOnlyList<CompiledBuildFunction> functions,
        IReadOnlyList<BuildAssetReference>? assets = null,
        IReadOnlyList<BuildLibSource>? lib = null,
        IReadOnlyList<BuildDiagnostic>? warnings = null)
    {
        var queued = await store.Builds.CreateQueuedAsync(Request(service, assets, lib, functions: functions), None);
        await store.Builds.MarkBuildingAsync(service, queued.Id, None);
        return await store.Builds.CompleteAsync(service, queued.Id, functions, warnings ?? [], None);
    }

    protected static async Task<BuildRecord> FailedBuildAsync(IScriptHostStore store, string service)
    {
        var queued = await store.Builds.CreateQueuedAsync(Request(service, functions: [Compiled("/a", "return 1")]), None);
        return await store.Builds.FailAsync(
            service, queued.Id, [new BuildDiagnostic("/a", "CS1002", BuildDiagnosticSeverity.Error, "; expected", 1, 9, 1, 9)], compiledPaths: [], reason: null, None);
    }
}
