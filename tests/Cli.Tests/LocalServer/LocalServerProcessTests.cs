using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.LocalServer;
using ScriptHost.Cli.Tests.Support;

namespace ScriptHost.Cli.Tests.LocalServer;

public sealed class LocalServerProcessTests : IDisposable
{
    private static readonly string s_serverAssembly = Path.Combine(CliProcess.ToolDirectory, "server", "ScriptHost.dll");

    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Start_EmbeddedServer_AnswersHealthWithDataUnderDotScripthost_AndStopsOnDispose()
    {
        var port = FreePort();
        int serverId;
        await using (var server = await LocalServerProcess.StartAsync(new LocalServerOptions(_folder.Path, port, s_serverAssembly), CancellationToken.None))
        {
            using var client = new HttpClient { BaseAddress = server.BaseAddress };
            using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.StartsWith(Path.Combine(_folder.Path, ".scripthost", "data"), server.DataPath, StringComparison.Ordinal);
            Assert.True(File.Exists(server.DataPath));
            Assert.Equal(64, server.AdminKey.Length);
            serverId = FindServerProcessId(port);
        }

        Assert.Throws<ArgumentException>(() => Process.GetProcessById(serverId));
    }

    [Fact]
    public async Task Start_PortTaken_FailsWithOneClearLine()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var exception = await Assert.ThrowsAsync<CliException>(() => LocalServerProcess.StartAsync(new LocalServerOptions(_folder.Path, port, s_serverAssembly), CancellationToken.None));

        Assert.Equal($"port {port} on 127.0.0.1 is already in use; stop what is using it or pick another with --port.", exception.Message);
    }

    [Fact]
    public async Task StartCommand_Interrupted_ExitsWith130AndStopsTheServer()
    {
        using var cli = new CliProcess();
        var port = FreePort();
        using var process = cli.Start(_folder.Path, "start", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var firstLine = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(120));
        Assert.Contains($"http://127.0.0.1:{port}", firstLine, StringComparison.Ordinal);

        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(130, process.ExitCode);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri($"http://127.0.0.1:{port}/health")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The dotnet process serving <paramref name="port"/> (its command line names the port).</summary>
    private static int FindServerProcessId(int port) =>
        Process.GetProcessesByName("dotnet")
            .Single(process => File.ReadAllText($"/proc/{process.Id}/cmdline").Contains($"127.0.0.1:{port}", StringComparison.Ordinal))
            .Id;

    public void Dispose() => _folder.Dispose();
}
