using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ScriptHost.FunctionApi.Tests.Prism;

/// <summary>
/// A Prism mock server (npm <c>@stoplight/prism-cli</c>, pinned in package.json/package-lock.json beside this file)
/// serving Twilio's OpenAPI description on 127.0.0.1. It runs with <c>--errors</c>, so a request that violates the
/// spec is answered with an error (422) instead of an example. Installs the package with <c>npm ci</c> when
/// node_modules is missing; started once per test class that uses it and stopped when the class is done.
/// </summary>
public sealed class PrismMockServer : IAsyncLifetime
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    private readonly Queue<string> _recentOutput = new();
    private Process? _process;

    public static string Directory { get; } = Path.Combine(TwilioSpec.TestProjectDirectory, "Prism");

    /// <summary>http://127.0.0.1:port, once started.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Prism's last lines of output, for failure messages.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_recentOutput)
            {
                return string.Join(Environment.NewLine, _recentOutput);
            }
        }
    }

    public async Task InitializeAsync()
    {
        if (!TwilioSpec.Exists)
        {
            return; // Every test using this fixture is a PrismFact and is skipped.
        }

        await EnsureInstalledAsync();
        var port = FreeLoopbackPort();
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            Path.Combine("node_modules", "@stoplight", "prism-cli", "dist", "index.js"),
            "mock", "-h", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--errors", TwilioSpec.Path,
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        _process = Start(startInfo);
        _process.OutputDataReceived += (_, line) => Remember(line.Data);
        _process.ErrorDataReceived += (_, line) => Remember(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        BaseUrl = $"http://127.0.0.1:{port}";
        await WaitUntilListeningAsync(port);
    }

    public Task DisposeAsync()
    {
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }

            process.Dispose();
        }

        return Task.CompletedTask;
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"Prism exited with {_process.ExitCode} before listening:{Environment.NewLine}{RecentOutput}");
            }

            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await socket.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(250);
            }
        }

        throw new TimeoutException($"Prism did not listen on port {port} within {StartTimeout}:{Environment.NewLine}{RecentOutput}");
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_recentOutput)
        {
            _recentOutput.Enqueue(line);
            while (_recentOutput.Count > 60)
            {
                _recentOutput.Dequeue();
            }
        }
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(Directory, "node_modules", "@stoplight", "prism-cli", "package.json")))
            {
                return;
            }

            // npm ci installs exactly the committed lock file, so every machine validates with the same Prism.
            using var npm = Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund")
            {
                WorkingDirectory = Directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            var output = npm.StandardOutput.ReadToEndAsync();
            var error = npm.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(InstallTimeout);
            await npm.WaitForExitAsync(timeout.Token);
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException($"'npm ci' in {Directory} failed ({npm.ExitCode}): {await output}{await error}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static Process Start(ProcessStartInfo startInfo)
    {
        try
        {
            return Process.Start(startInfo) ?? throw new InvalidOperationException($"'{startInfo.FileName}' did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"The Prism tests need Node.js: '{startInfo.FileName}' could not be started ({exception.Message}). " +
                "Install Node 20+ with npm and put it on PATH; these tests do not skip without it.", exception);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
