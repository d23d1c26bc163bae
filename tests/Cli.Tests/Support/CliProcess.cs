using System.Diagnostics;
using ScriptHost.TestSupport;

namespace ScriptHost.Cli.Tests.Support;

/// <summary>
/// Runs the built tool as a user would: <c>dotnet src/Cli/bin/{Configuration}/net10.0/ScriptHost.Cli.dll …</c> (the
/// folder that also holds server/), in a given working folder, with HOME and XDG_CONFIG_HOME in a temporary folder of
/// its own and none of the SCRIPTHOST_* or NO_COLOR variables of the test process. Killed after a timeout.
/// </summary>
public sealed class CliProcess : IDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private readonly TemporaryFolder _home = new("scripthost-cli-home-");

    /// <summary>The tool's build output folder (holds ScriptHost.Cli.dll and server/).</summary>
    public static string ToolDirectory { get; } = Path.Combine(RepositoryLayout.Root, "src", "Cli", "bin", RepositoryLayout.Configuration, RepositoryLayout.Framework);

    public static string ToolAssembly { get; } = Path.Combine(ToolDirectory, "ScriptHost.Cli.dll");

    /// <summary>The fake home folder; its <c>.config</c> is XDG_CONFIG_HOME.</summary>
    public string Home => _home.Path;

    public string ConfigHome => System.IO.Path.Combine(Home, ".config");

    /// <summary>Extra environment variables for every run (e.g. NO_COLOR, SCRIPTHOST_URL).</summary>
    public Dictionary<string, string> Environment { get; } = [];

    public Task<CliResult> RunAsync(string workingDirectory, params string[] arguments) => RunAsync(workingDirectory, DefaultTimeout, arguments);

    public Task<CliResult> RunAsync(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        RunWithInputAsync(workingDirectory, input: null, timeout, arguments);

    /// <summary>A run that reads <paramref name="input"/> on stdin (then end of file), e.g. <c>login --key-stdin</c>.</summary>
    public Task<CliResult> RunWithInputAsync(string workingDirectory, string input, params string[] arguments) =>
        RunWithInputAsync(workingDirectory, input, DefaultTimeout, arguments);

    private async Task<CliResult> RunWithInputAsync(string workingDirectory, string? input, TimeSpan timeout, string[] arguments)
    {
        using var process = Process.Start(StartInfo(workingDirectory, arguments)) ?? throw new InvalidOperationException("dotnet did not start.");
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeoutSource = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"scripthost {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds} s.");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>A run the caller drives (e.g. <c>start</c>, stopped with a signal).</summary>
    public Process Start(string workingDirectory, params string[] arguments) =>
        Process.Start(StartInfo(workingDirectory, arguments)) ?? throw new InvalidOperationException("dotnet did not start.");

    public ProcessStartInfo StartInfo(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ToolAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(name => name.StartsWith("SCRIPTHOST_", StringComparison.Ordinal) || name == "NO_COLOR").ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["HOME"] = Home;
        start.Environment["XDG_CONFIG_HOME"] = ConfigHome;
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    public void Dispose() => _home.Dispose();
}
