using System.Net;
using System.Net.Sockets;
using ScriptHost.Api.Client;
using ScriptHost.Api.Contracts.Builds;
using ScriptHost.TestSupport;
using ScriptHost.TestSupport.Servers;

namespace ScriptHost.Cli.Tests.Support;

/// <summary>
/// One real server (tests/TestSupport's <see cref="ServerProcess"/>) for the collection, an admin client of it, and
/// fresh services for each test, so tests of the collection never see each other's variables, functions or logs. Its
/// bundle limit is small (<see cref="MaxBundleBytes"/>), so an oversized asset is cheap to make.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const int MaxBundleBytes = 256 * 1024;

    private ServerProcess? _server;
    private int _services;

    public ServerProcess Server => _server ?? throw new InvalidOperationException("Not started.");

    /// <summary>The server's URL as a user passes it to --url.</summary>
    public string Url => Server.BaseAddress.ToString().TrimEnd('/');

    public ScriptHostClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _server = await ServerProcess.StartOnFreshDataAsync(new Dictionary<string, string>
        {
            ["ScriptHost__MaxBundleBytes"] = MaxBundleBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
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

    /// <summary>A new service: its name and key.</summary>
    public async Task<(string Name, string Key)> NewServiceAsync(string prefix)
    {
        var created = await Admin.CreateServiceAsync($"{prefix}-{Interlocked.Increment(ref _services)}");
        return (created.Name, created.ApiKey);
    }

    /// <summary>A tool run against this server as <paramref name="service"/> with <paramref name="key"/> (by the SCRIPTHOST_* variables).</summary>
    public CliProcess Cli(string service, string key)
    {
        var cli = new CliProcess();
        cli.Environment["SCRIPTHOST_URL"] = Url;
        cli.Environment["SCRIPTHOST_SERVICE"] = service;
        cli.Environment["SCRIPTHOST_KEY"] = key;
        return cli;
    }

    /// <summary>
    /// Builds <paramref name="functions"/> (path, source, visibility) on <paramref name="service"/> and makes the build
    /// live on <paramref name="environment"/> (created when it is not production).
    /// </summary>
    public async Task DeployAsync(string service, string environment, params (string Path, string Source, string Visibility)[] functions)
    {
        if (environment != "production")
        {
            await Admin.CreateEnvironmentAsync(service, environment);
        }

        var queued = await Admin.CreateBuildAsync(
            service,
            new BundleRequest([.. functions.Select(f => new BundleFunction(f.Path, f.Source, f.Visibility, TimeoutMs: null, MemoryMb: null))], Assets: null, Lib: null));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var build = await Admin.WaitForBuildAsync(service, queued.Id, cancellationToken: timeout.Token);
        Assert.True(build.Status == BuildStatus.Completed, $"build {build.Id} {build.Status}");
        await Admin.DeployBuildAsync(service, environment, build.Id);
    }

    /// <summary>A loopback URL nothing listens on (a port taken and released at once).</summary>
    public static string ClosedUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
    }
}
