using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text;
using System.Text.Json;
using ScriptHost.Cli.Tests.Support;
using ScriptHost.TestSupport;

namespace ScriptHost.Cli.Tests.Commands;

[Collection(ServerCollection.Name)]
public sealed class LoginCommandTests(ServerFixture fixture) : IDisposable
{
    private readonly CliProcess _cli = new();
    private readonly TemporaryFolder _folder = new();

    private string CredentialsPath => Path.Combine(_cli.ConfigHome, "scripthost", "credentials.json");

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Login_ServiceKeyOnStdin_StoresItOwnerOnlyAndLaterCommandsUseIt()
    {
        var (service, key) = await fixture.NewServiceAsync("login");

        var login = await _cli.RunWithInputAsync(_folder.Path, key + "\n", "login", "--url", fixture.Url, "--key-stdin");
        var list = await _cli.RunAsync(_folder.Path, "env", "list", "--url", fixture.Url, "--service", service);

        Assert.True(login.ExitCode == 0, login.ToString());
        Assert.Contains($"service '{service}'", login.Stdout, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(CredentialsPath));
        Assert.Contains(key, await File.ReadAllTextAsync(CredentialsPath), StringComparison.Ordinal);
        Assert.True(list.ExitCode == 0, list.ToString());
    }

    [Fact]
    public async Task Login_OnATerminal_PromptsWithoutEchoingTheKey()
    {
        var (service, key) = await fixture.NewServiceAsync("login-tty");

        // util-linux script gives the tool a real pseudo-terminal; what is typed goes through it.
        var inner = _cli.StartInfo(_folder.Path);
        var start = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var (name, value) in inner.Environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add("-qec");
        start.ArgumentList.Add($"dotnet '{CliProcess.ToolAssembly}' login --url {fixture.Url}");
        start.ArgumentList.Add("/dev/null");
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var buffer = new char[256];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!output.ToString().Contains("Key (input hidden): ", StringComparison.Ordinal))
        {
            var read = await process.StandardOutput.ReadAsync(buffer, timeout.Token);
            Assert.True(read > 0, $"no prompt: {output}");
            output.Append(buffer, 0, read);
        }

        // The prompt is written just before the keys are read without echo.
        await Task.Delay(500, timeout.Token);
        await process.StandardInput.WriteAsync(key + "\r");
        await process.StandardInput.FlushAsync(timeout.Token);
        output.Append(await process.StandardOutput.ReadToEndAsync(timeout.Token));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, output.ToString());
        Assert.Contains($"service '{service}'", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(key, output.ToString(), StringComparison.Ordinal);
        Assert.Contains(key, await File.ReadAllTextAsync(CredentialsPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_AdminKeyJsonOutput_SaysAdmin()
    {
        var login = await _cli.RunWithInputAsync(_folder.Path, TestKeys.Admin, "login", "--url", fixture.Url, "--key-stdin", "--output", "json");

        Assert.True(login.ExitCode == 0, login.ToString());
        using var document = JsonDocument.Parse(login.Stdout);
        Assert.True(document.RootElement.GetProperty("admin").GetBoolean());
        Assert.Equal(fixture.Url, document.RootElement.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Login_WrongKey_ExitsOneWithOneLineAndStoresNothing()
    {
        var login = await _cli.RunWithInputAsync(_folder.Path, "svc_not-a-real-key\n", "login", "--url", fixture.Url, "--key-stdin");

        Assert.Equal(1, login.ExitCode);
        var line = Assert.Single(login.Stderr.TrimEnd().Split('\n'));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains("refused the key", line, StringComparison.Ordinal);
        Assert.Contains("401", line, StringComparison.Ordinal);
        Assert.Empty(login.Stdout);
        Assert.False(File.Exists(CredentialsPath));
    }

    [Fact]
    public async Task Login_UnknownServer_ExitsOneSayingItCannotBeReached()
    {
        var closed = ServerFixture.ClosedUrl();

        var login = await _cli.RunWithInputAsync(_folder.Path, "some-key\n", "login", "--url", closed, "--key-stdin");

        Assert.Equal(1, login.ExitCode);
        Assert.Equal($"error: cannot reach {closed}: connection refused", login.Stderr.TrimEnd());
        Assert.False(File.Exists(CredentialsPath));
    }

    [Fact]
    public async Task Login_EmptyStdin_ExitsOneAskingForAKey()
    {
        var login = await _cli.RunWithInputAsync(_folder.Path, string.Empty, "login", "--url", fixture.Url, "--key-stdin");

        Assert.Equal(1, login.ExitCode);
        Assert.Equal("error: no key on stdin: pipe one line holding the key.", login.Stderr.TrimEnd());
    }

    [Fact]
    public async Task Login_NoTerminalAndNoKeyStdin_ExitsTwoPointingAtKeyStdin()
    {
        var login = await _cli.RunWithInputAsync(_folder.Path, "key\n", "login", "--url", fixture.Url);

        Assert.Equal(2, login.ExitCode);
        Assert.Contains("--key-stdin", login.Stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _cli.Dispose();
        _folder.Dispose();
    }
}
