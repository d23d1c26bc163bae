using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.Project;

namespace ScriptHost.Cli.LocalServer;

/// <summary>
/// The real server, run as a child process for <c>scripthost start</c>: <c>dotnet server/ScriptHost.dll</c> on
/// 127.0.0.1 with its data under the folder's <c>.scripthost/data</c>, a fresh random admin key (passed by environment,
/// never written to disk), Production settings (the same limits, visibility and worker tier as a deployment) and
/// warnings-only logging. Disposing it (or ctrl+C through the caller's token) stops it.
/// </summary>
internal sealed class LocalServerProcess : IAsyncDisposable
{
    private const int OutputLinesKept = 200;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private LocalServerProcess(Process process, Uri baseAddress, string adminKey, string dataPath)
    {
        _process = process;
        BaseAddress = baseAddress;
        AdminKey = adminKey;
        DataPath = dataPath;
    }

    public Uri BaseAddress { get; }

    /// <summary>The admin key of this run only; the tool uses it to set the local service up.</summary>
    public string AdminKey { get; }

    /// <summary>The server's database file, under the folder's <c>.scripthost/data/</c>.</summary>
    public string DataPath { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Why the server stopped on its own, in one line: its exit code and its last lines of output.</summary>
    public string ExitDescription => $"exit code {_process.ExitCode}: {LastLines(5)}";


    public static async Task<LocalServerProcess> StartAsync(LocalServerOptions options, CancellationToken cancellationToken)
    {
        EnsurePortIsFree(options.Port);
        var serverAssembly = options.ServerAssembly ?? EmbeddedServer.AssemblyPath();
        // ScriptHost:DataPath names the database file (its folder holds the rest of the server's data).
        var dataPath = Path.Combine(Directory.CreateDirectory(Path.Combine(options.ProjectRoot, ProjectLayout.StateFolder, "data")).FullName, "scripthost.db");
        var adminKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var baseAddress = new Uri($"http://127.0.0.1:{options.Port}");

        var start = new ProcessStartInfo(EmbeddedServer.DotnetHost())
        {
            WorkingDirectory = Path.GetDirectoryName(serverAssembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // The server never reads the developer's keystrokes; ctrl+C reaches it through the tool (and its group).
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(serverAssembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{options.Port}");
        start.Environment["ScriptHost__DataPath"] = dataPath;
        start.Environment["ScriptHost__AdminKey"] = adminKey;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Warning";

        var process = Process.Start(start) ?? throw new CliException("could not start the local server (dotnet did not start).");
        var server = new LocalServerProcess(process, baseAddress, adminKey, dataPath);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilHealthyAsync(options.StartTimeout, cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
    }

    /// <summary>
    /// Checked before starting, because a server that cannot bind exits with a long stack trace; this says it in one
    /// line. (Another process could still take the port in between: the server's own exit is reported then.)
    /// </summary>
    private static void EnsurePortIsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
        }
        catch (SocketException exception) when (exception.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
        {
            throw new CliException($"port {port} on 127.0.0.1 is already in use; stop what is using it or pick another with --port.");
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new CliException($"the local server stopped while starting (exit code {_process.ExitCode}): {LastLines(5)}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A slow answer while it warms up.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }

        throw new CliException($"the local server did not answer /health within {timeout.TotalSeconds:0} s: {LastLines(5)}");
    }

    private string LastLines(int count)
    {
        var lines = _output.TakeLast(count).ToList();
        return lines.Count == 0 ? "(it printed nothing)" : string.Join(" | ", lines);
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > OutputLinesKept && _output.TryDequeue(out _))
        {
        }
    }
}
