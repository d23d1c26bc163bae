using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ScriptHost.TestSupport.Servers;

/// <summary>
/// The server as the README runs it, as a separate process: the built ScriptHost.dll under <c>dotnet</c>, on a free
/// loopback port, configured through environment variables. Always killed when disposed, so no server outlives a test.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private string? _ownedDataPath;

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Everything the server wrote to stdout and stderr, for failure messages.</summary>
    public string Output => string.Join(System.Environment.NewLine, _output);

    /// <summary>A server on fresh data of its own, deleted when the server is disposed.</summary>
    public static async Task<ServerProcess> StartOnFreshDataAsync()
    {
        var dataPath = TestDataPaths.New();
        try
        {
            var server = await StartAsync(dataPath);
            server._ownedDataPath = dataPath;
            return server;
        }
        catch
        {
            TestDataPaths.TryDelete(dataPath);
            throw;
        }
    }

    /// <summary>A server on <paramref name="dataPath"/>, which the caller deletes (a restart test starts two on it).</summary>
    public static async Task<ServerProcess> StartAsync(string dataPath)
    {
        var port = FreePort();
        var serverDll = ServerAssemblyPath();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(serverDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(serverDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ScriptHost__DataPath"] = dataPath;
        start.Environment["ScriptHost__AdminKey"] = TestKeys.Admin;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        // These servers test restarts and kills, not compile limits: a fresh process's first compile (cold Roslyn) took
        // over the default 10 s while other test projects ran on the 2 cores, and answered 422 before the test began.
        start.Environment["ScriptHost__CompileTimeoutMs"] = "60000";

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => server.Collect(e.Data);
        process.ErrorDataReceived += (_, e) => server.Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilHealthyAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public HttpClient CreateClient(string? key = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        }

        return client;
    }

    /// <summary>SIGKILL: no shutdown hooks, no journal flush — a crash.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        if (_ownedDataPath is not null)
        {
            TestDataPaths.TryDelete(_ownedDataPath);
        }

        return ValueTask.CompletedTask;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = CreateClient();
        client.Timeout = TimeSpan.FromSeconds(5);
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {_process.ExitCode}:{System.Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await client.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The server did not answer /health within {StartTimeout}:{System.Environment.NewLine}{Output}");
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    /// <summary>The server project's own build output, in the configuration these tests were built in.</summary>
    private static string ServerAssemblyPath()
    {
        var path = Path.Combine(
            RepositoryLayout.Root, "src", "ScriptHost", "bin", RepositoryLayout.Configuration, RepositoryLayout.Framework, "ScriptHost.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the server first: dotnet build src/ScriptHost", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
