using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ScriptHost.Cli.Tests.Support;

/// <summary>
/// A running <c>scripthost start</c> (or another long-running command): its port, every line it has written so far (stdout and stderr apart), waits for
/// a line, and ctrl+C (SIGINT) with its exit code. Killed when disposed if still running.
/// </summary>
public sealed class StartedTool : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();

    private StartedTool(Process process, int port)
    {
        _process = process;
        Port = port;
        process.OutputDataReceived += (_, e) => Keep(_stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(_stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public string Stdout => string.Join('\n', _stdout);

    public string Stderr => string.Join('\n', _stderr);

    public static StartedTool Start(CliProcess cli, string folder, params string[] moreArguments)
    {
        var port = FreePort();
        // A cold compile on a busy machine can take longer than the default compile limit.
        cli.Environment["ScriptHost__CompileTimeoutMs"] = "60000";
        var process = cli.Start(folder, ["start", "--port", port.ToString(CultureInfo.InvariantCulture), .. moreArguments]);
        return new StartedTool(process, port);
    }

    /// <summary>Any other long-running command (e.g. <c>logs --tail</c>); <see cref="Port"/> is 0.</summary>
    public static StartedTool Run(CliProcess cli, string folder, params string[] arguments) => new(cli.Start(folder, arguments), port: 0);

    /// <summary>Waits until stdout (or stderr, with <paramref name="onStderr"/>) has a line containing <paramref name="text"/>.</summary>
    public async Task WaitForAsync(string text, bool onStderr = false, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(120));
        while (!(onStderr ? _stderr : _stdout).Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                Assert.Fail($"'{text}' never came ({(_process.HasExited ? $"exited {_process.ExitCode}" : "timed out")}).\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>SIGINT, as ctrl+C sends it; the exit code once the tool has stopped.</summary>
    public async Task<int> InterruptAsync()
    {
        using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static void Keep(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
