using System.Diagnostics;

namespace ScriptHost.Benchmarks.Support;

/// <summary>A server under test, started as its own process on a loopback port and stopped gracefully (SIGTERM).</summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public int Pid => _process.Id;

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public static ServerProcess Start(string fileName, IEnumerable<string> arguments, int port, IDictionary<string, string> environment, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;

        // Drain the pipes so a chatty server never blocks on a full one; what it says (warnings and up, as configured)
        // goes to the benchmark's stderr, so a failed measurement shows the server's side of it.
        process.OutputDataReceived += (_, e) => Echo(port, e.Data);
        process.ErrorDataReceived += (_, e) => Echo(port, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServerProcess(process, port);
    }

    private static void Echo(int port, string? line)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            Console.Error.WriteLine($"[server :{port}] {line}");
        }
    }

    /// <summary>SIGTERM, then a kill if it has not exited within 15 s.</summary>
    public void Stop()
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        if (!_process.WaitForExit(TimeSpan.FromSeconds(15)))
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
    }
}
