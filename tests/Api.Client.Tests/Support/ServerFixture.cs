using ScriptHost.Api.Contracts.Builds;
using ScriptHost.TestSupport;
using ScriptHost.TestSupport.Servers;

namespace ScriptHost.Api.Client.Tests.Support;

/// <summary>
/// One real server for the collection, an admin client of it, and fresh services for tests that need their own
/// (each test names a new service, so tests of the collection do not see each other's functions or logs).
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private ServerProcess? _server;
    private int _services;

    public ServerProcess Server => _server ?? throw new InvalidOperationException("Not started.");

    public ScriptHostClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _server = await ServerProcess.StartOnFreshDataAsync();
        Admin = new ScriptHostClient(_server.BaseAddress, TestKeys.Admin);
    }

    public async Task DisposeAsync()
    {
        Admin?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>A new service and a client holding its key.</summary>
    public async Task<(string Name, ScriptHostClient Client)> NewServiceAsync(string prefix)
    {
        var name = $"{prefix}-{Interlocked.Increment(ref _services)}";
        var created = await Admin.CreateServiceAsync(name);
        return (created.Name, new ScriptHostClient(Server.BaseAddress, created.ApiKey));
    }

    /// <summary>Builds <paramref name="functions"/> (path, source) on <paramref name="service"/> and waits for the build to finish.</summary>
    public static async Task<BuildDto> BuildAsync(ScriptHostClient client, string service, params (string Path, string Source)[] functions)
    {
        var queued = await client.CreateBuildAsync(
            service,
            new BundleRequest([.. functions.Select(f => new BundleFunction(f.Path, f.Source, "public", TimeoutMs: null, MemoryMb: null))], Assets: null, Lib: null));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        return await client.WaitForBuildAsync(service, queued.Id, cancellationToken: timeout.Token);
    }
}
