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

    protected static BuildRequest Request(string service, IReadOnlyList<BuildAssetReference>? assets = null, IReadOnlyList<BuildLibSource>? lib = null, int? baseBuildId = null) =>
        new(service, BuildOrigin.Bundle, assets ?? [], lib ?? [], baseBuildId);

    /// <summary>Queues, starts and completes a build of <paramref name="functions"/>, the way the build pipeline does.</summary>
    protected static async Task<BuildRecord> CompletedBuildAsync(IScriptHostStore store, string service, IReadOnlyList<CompiledBuildFunction> functions, IReadOnlyList<BuildAssetReference>? assets = null, IReadOnlyList<BuildLibSource>? lib = null)
    {
        var queued = await store.Builds.CreateQueuedAsync(Request(service, assets, lib), None);
        await store.Builds.MarkBuildingAsync(service, queued.Id, None);
        return await store.Builds.CompleteAsync(service, queued.Id, functions, None);
    }

    protected static async Task<BuildRecord> FailedBuildAsync(IScriptHostStore store, string service)
    {
        var queued = await store.Builds.CreateQueuedAsync(Request(service), None);
        return await store.Builds.FailAsync(service, queued.Id, [new BuildDiagnostic("/a", "CS1002", BuildDiagnosticSeverity.Error, "; expected", 1, 9, 1, 9)], reason: null, None);
    }
}
