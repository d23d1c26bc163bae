using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Functions;
using ScriptHost.Storage.LiteDb;
using ScriptHost.Storage.Services;
using ScriptHost.Storage.Tests.Contracts;

namespace ScriptHost.Storage.Tests;

/// <summary>A store on a fresh database file in its own temporary directory, deleted on dispose.</summary>
internal sealed class TemporaryStore : IContractStore
{
    private TemporaryStore(string directory, StorageOptions options)
    {
        Directory = directory;
        Options = options;
        Store = LiteDbStore.Open(options);
    }

    public string Directory { get; }

    public StorageOptions Options { get; }

    public LiteDbStore Store { get; private set; }

    IScriptHostStore IContractStore.Store => Store;

    public static CancellationToken None => CancellationToken.None;

    public static TemporaryStore Create(Func<StorageOptions, StorageOptions>? configure = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "scripthost-storage-tests", Guid.NewGuid().ToString("N"));
        var options = new StorageOptions { DatabasePath = Path.Combine(directory, "nested", "scripthost.db") };
        return new TemporaryStore(directory, configure?.Invoke(options) ?? options);
    }

    /// <summary>Closes the database and opens it again, as a restarted host would.</summary>
    public async Task ReopenAsync()
    {
        await Store.DisposeAsync();
        Store = LiteDbStore.Open(Options);
    }

    public Task<ServiceRecord> CreateServiceAsync(string name, ServiceSettings? settings = null) =>
        Store.Services.CreateServiceAsync(name, KeyHash.Compute("key-of-" + name), settings ?? new ServiceSettings(), None);

    /// <summary>
    /// Deploys <paramref name="source"/> at <paramref name="path"/> to production as a one-function PUT does: a build with
    /// the path's next version, deployed. The image key is derived from the source, as the compiler's is.
    /// </summary>
    public async Task<BuildFunction> DeployAsync(string service, string path, string source = "return 1;")
    {
        var function = new CompiledBuildFunction(path, source, FunctionVisibility.Public, FunctionLimits.Default, KeyFor(source), ImageFor(source), Reused: false)
        {
            Version = FunctionVersionChoice.Next,
        };
        var reference = new BuildFunctionReference(path, function.Visibility, function.Limits, ScriptHost.Storage.Validation.ContentHash.OfText(source));
        var queued = await Store.Builds.CreateQueuedAsync(new BuildRequest(service, BuildOrigin.FunctionPut, [reference], [], []), None);
        var build = await Store.Builds.CompleteAsync(service, queued.Id, [function], [], None);
        await Store.Deployments.DeployAsync(service, ScriptHost.Storage.Validation.EnvironmentName.Production, build.Id, None);
        return Assert.Single(build.Functions);
    }

    public static string KeyFor(string source) => ScriptHost.Storage.Validation.ContentHash.OfText("build-of:" + source);

    public static byte[] ImageFor(string source) => System.Text.Encoding.UTF8.GetBytes("MZ-image-of:" + source);

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless; never fail a test over cleanup.
        }
    }
}
