using System.Diagnostics;
using ScriptHost.Cli.Tests.Support;

namespace ScriptHost.Cli.Tests.Output;

/// <summary>Colours only on a terminal without NO_COLOR; util-linux <c>script</c> gives the tool a real pseudo-terminal.</summary>
public sealed class TerminalOutputTests : IDisposable
{
    private const char Escape = '\u001b';

    // On a terminal the .NET console itself writes mode switches (ESC[?1h); the tool's styles are SGR codes (ESC[…m).
    private const string BoldHeader = "\u001b[1mNAME";

    private readonly CliProcess _cli = new();

    [Fact]
    public async Task Table_StdoutRedirected_HasNoEscapeCodes()
    {
        var result = await _cli.RunAsync(Directory.GetCurrentDirectory(), "templates");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(Escape, result.Stdout);
    }

    [Fact]
    public async Task Table_OnATerminal_IsColouredUnlessNoColorIsSet()
    {
        var coloured = await RunOnTerminalAsync(noColor: false);
        var plain = await RunOnTerminalAsync(noColor: true);

        Assert.Contains("NAME", coloured, StringComparison.Ordinal);
        Assert.Contains(BoldHeader, coloured, StringComparison.Ordinal);
        Assert.Contains("NAME", plain, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\u001b\[[0-9;]*m", plain);
    }

    private async Task<string> RunOnTerminalAsync(bool noColor)
    {
        var inner = _cli.StartInfo(Directory.GetCurrentDirectory(), "templates");
        var start = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var (name, value) in inner.Environment)
        {
            start.Environment[name] = value;
        }

        if (noColor)
        {
            start.Environment["NO_COLOR"] = "1";
        }

        start.ArgumentList.Add("-qec");
        start.ArgumentList.Add($"dotnet '{CliProcess.ToolAssembly}' templates");
        start.ArgumentList.Add("/dev/null");
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    public void Dispose() => _cli.Dispose();
}
