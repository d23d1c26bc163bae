using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ScriptHost.FunctionApi.Tests.Prism;

/// <summary>
/// One Prism mock server serving one of Twilio's OpenAPI descriptions on 127.0.0.1, with <c>--errors</c>: a request
/// that violates the spec is answered with an error (422) instead of an example. With <c>--seed</c>, an answer generated
/// from the schema (list pages, see <see cref="PrismOutboundHttp"/>) is the same for a request on every run.
/// </summary>
public sealed class PrismProcess : IDisposable
{
    private const string Seed = "scripthost";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly Queue<string> _recentOutput = new();
    private Process? _process;

    private PrismProcess(TwilioSpec spec)
    {
        Spec = spec;
        Shape = TwilioSpecShape.Read(spec.Path);
    }

    public TwilioSpec Spec { get; }

    /// <summary>http://127.0.0.1:port.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>What the spec says about list operations and array form fields.</summary>
    internal TwilioSpecShape Shape { get; }

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

    /// <summary>Starts Prism (installed in <paramref name="prismDirectory"/>) on a free port and waits until it listens.</summary>
    public static async Task<PrismProcess> StartAsync(TwilioSpec spec, string prismDirectory)
    {
        var prism = new PrismProcess(spec);
        try
        {
            await prism.RunAsync(prismDirectory);
            return prism;
        }
        catch
        {
            prism.Dispose();
            throw;
        }
    }

    public void Dispose()
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
    }

    private async Task RunAsync(string prismDirectory)
    {
        var port = FreeLoopbackPort();
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = prismDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            Path.Combine("node_modules", "@stoplight", "prism-cli", "dist", "index.js"),
            "mock", "-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "--errors", "--seed", Seed, Spec.Path,
        ];
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        _process = NodeProcess.Start(startInfo);
        _process.OutputDataReceived += (_, line) => Remember(line.Data);
        _process.ErrorDataReceived += (_, line) => Remember(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        BaseUrl = $"http://127.0.0.1:{port}";
        await WaitUntilListeningAsync(port);
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StartTimeout)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"Prism for {Spec} exited with {_process.ExitCode} before listening:{Environment.NewLine}{RecentOutput}");
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

        throw new TimeoutException($"Prism for {Spec} did not listen on port {port} within {StartTimeout}:{Environment.NewLine}{RecentOutput}");
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

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
