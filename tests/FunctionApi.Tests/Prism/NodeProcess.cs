using System.ComponentModel;
using System.Diagnostics;

namespace ScriptHost.FunctionApi.Tests.Prism;

/// <summary>Starts <c>node</c> and <c>npm</c> for the Prism tests, which fail (never skip) without them.</summary>
internal static class NodeProcess
{
    public static Process Start(ProcessStartInfo startInfo)
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

    /// <summary>Runs npm in <paramref name="directory"/> and returns its standard output; throws when it fails.</summary>
    public static async Task<string> NpmAsync(string directory, TimeSpan timeout, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("npm")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var npm = Start(startInfo);
        var output = npm.StandardOutput.ReadToEndAsync();
        var error = npm.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await npm.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            npm.Kill(entireProcessTree: true);
            throw new TimeoutException($"'npm {string.Join(' ', arguments)}' in {directory} did not finish within {timeout}.");
        }

        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"'npm {string.Join(' ', arguments)}' in {directory} failed ({npm.ExitCode}): {await output}{await error}");
        }

        return await output;
    }
}
