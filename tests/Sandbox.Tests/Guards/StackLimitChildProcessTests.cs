using System.Diagnostics;
using ScriptHost.Sandbox.Tests.Support;

namespace ScriptHost.Sandbox.Tests.Guards;

/// <summary>
/// Every case that must end with the stack limit, run to its very end in a child process (Sandbox.CaseRunner). A
/// real stack overflow ends a process for good; in the test host it would end the whole run, here it fails one test
/// that names the case. The invoker answers as soon as the limit trips, so an in-process case can pass while the
/// script's thread is still unwinding towards the overflow: the child waits for the script's own task.
/// </summary>
[Collection(ScriptCollection.Name)]
public sealed class StackLimitChildProcessTests
{
    [Fact]
    public async Task StackCases_RunToTheirEndInAChildProcess_EndWithTheStackLimitAndTheProcessLives()
    {
        var cases = ScriptCase.In("Resources").Concat(ScriptCase.In("SharedCode"))
            .Select(row => (ScriptCase)row[0])
            .Where(c => c.Expected["limit"]?.GetValue<string>() == "Stack")
            .Select(c => c.FullPath)
            .ToList();
        Assert.True(cases.Count >= 20, $"only {cases.Count} stack cases found");

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ScriptHost.Sandbox.CaseRunner.dll"));
        foreach (var file in cases)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);

        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var ended = lines.Select(line => line.Split('\t')).ToDictionary(parts => parts[0], parts => parts[1]);
        var crashed = cases.FirstOrDefault(c => !ended.ContainsKey(c));
        Assert.True(
            process.ExitCode == 0 && crashed is null,
            $"The child process ended with exit code {process.ExitCode} in {Path.GetFileName(crashed)}:\n{Tail(await errors)}");
        Assert.All(cases, c => Assert.True(ended[c] == "Stack", $"{Path.GetFileName(c)} ended with {ended[c]}, not the stack limit"));
    }

    private static string Tail(string text) => text.Length <= 2000 ? text : text[^2000..];
}
