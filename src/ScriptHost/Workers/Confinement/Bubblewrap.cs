using System.Diagnostics;

namespace ScriptHost.Workers.Confinement;

/// <summary>
/// bubblewrap (<c>bwrap</c>) as this host can use it: found on PATH and proved by a real trial run of the .NET
/// runtime inside the same sandbox a worker gets (user namespaces may be switched off, or the runtime may need
/// something the sandbox hides).
/// </summary>
internal sealed class Bubblewrap
{
    private static readonly TimeSpan TrialTimeout = TimeSpan.FromSeconds(30);

    private readonly IReadOnlyList<string> _systemBinds;

    private Bubblewrap(string executablePath, IReadOnlyList<string> systemBinds, DotnetRuntime runtime)
    {
        ExecutablePath = executablePath;
        _systemBinds = systemBinds;
        Runtime = runtime;
    }

    public string ExecutablePath { get; }

    public DotnetRuntime Runtime { get; }

    /// <summary>The sandbox options for one worker, ending with <c>--</c>.</summary>
    public IReadOnlyList<string> ArgumentsFor(string workerDirectory) => BubblewrapArguments.Build(_systemBinds, Runtime.Root, workerDirectory);

    /// <summary>A usable bubblewrap, or null with the reason it is not.</summary>
    public static Bubblewrap? TryFind(DotnetRuntime? runtime, out string? reason)
    {
        if (!OperatingSystem.IsLinux())
        {
            reason = "bubblewrap: not Linux";
            return null;
        }

        if (FindOnPath("bwrap") is not { } executable)
        {
            reason = "bubblewrap: bwrap is not on PATH (Debian: apt-get install bubblewrap)";
            return null;
        }

        if (runtime is null)
        {
            reason = "bubblewrap: no .NET runtime folder (dotnet root) found to bind into the sandbox";
            return null;
        }

        var bubblewrap = new Bubblewrap(executable, BubblewrapArguments.SystemBindsOfThisMachine(), runtime);
        reason = bubblewrap.Trial();
        return reason is null ? bubblewrap : null;
    }

    /// <summary>Runs <c>dotnet --list-runtimes</c> in the sandbox; null when it worked, else why not.</summary>
    private string? Trial()
    {
        var start = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Clear();
        foreach (var argument in ArgumentsFor(Runtime.Root).Append(Runtime.Executable).Append("--list-runtimes"))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TrialTimeout))
            {
                process.Kill(entireProcessTree: true);
                return $"bubblewrap: a trial run did not finish within {TrialTimeout.TotalSeconds:0} s";
            }

            if (process.ExitCode == 0 && output.Result.Contains("Microsoft.NETCore.App", StringComparison.Ordinal))
            {
                return null;
            }

            var firstError = error.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            return $"bubblewrap: a trial run of dotnet in the sandbox failed (exit {process.ExitCode}: {firstError ?? "no message"})";
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return $"bubblewrap: {ExecutablePath} does not start ({exception.Message})";
        }
    }

    private static string? FindOnPath(string name) =>
        (System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Join(directory, name))
            .FirstOrDefault(File.Exists);
}
