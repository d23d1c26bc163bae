using System.Text.Json;
using ScriptHost.Cli.Tests.Support;

namespace ScriptHost.Cli.Tests.Commands;

public sealed class InitCommandTests : IDisposable
{
    private readonly CliProcess _cli = new();
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Init_NewFolder_WritesTheConventionWithTheTemplatesVariablesAsPlaceholders()
    {
        var result = await _cli.RunAsync(_folder.Path, "init", "My Bikes", "--template", "ivr-menu", "--url", "http://Example.com:5000/");

        Assert.Equal(0, result.ExitCode);
        var root = Path.Combine(_folder.Path, "My Bikes");
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "scripthost.json")));
        Assert.Equal("my-bikes", settings.RootElement.GetProperty("service").GetString());
        Assert.Equal("http://example.com:5000", settings.RootElement.GetProperty("url").GetString());
        Assert.StartsWith("// IVR phone menu.", File.ReadAllText(Path.Combine(root, "functions", "ivr-menu.protected.csx")), StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(root, "assets")));
        Assert.True(Directory.Exists(Path.Combine(root, "lib")));
        var env = File.ReadAllLines(Path.Combine(root, ".env"));
        Assert.Contains("TWILIO_AUTH_TOKEN=", env);
        Assert.Contains("SUPPORT_NUMBER=", env);
        var gitignore = File.ReadAllLines(Path.Combine(root, ".gitignore"));
        Assert.Contains(".env", gitignore);
        Assert.Contains(".env.*", gitignore);
        Assert.Contains(".scripthost/", gitignore);
    }

    [Fact]
    public async Task Init_FolderAlreadyInitialized_RefusesAndChangesNothing()
    {
        Assert.Equal(0, (await _cli.RunAsync(_folder.Path, "init")).ExitCode);
        File.WriteAllText(Path.Combine(_folder.Path, ".env"), "TWILIO_AUTH_TOKEN=mine\n");

        var again = await _cli.RunAsync(_folder.Path, "init", "--template", "voicemail");

        Assert.Equal(1, again.ExitCode);
        Assert.StartsWith("error: ", again.Stderr, StringComparison.Ordinal);
        Assert.Equal("TWILIO_AUTH_TOKEN=mine\n", File.ReadAllText(Path.Combine(_folder.Path, ".env")));
        Assert.False(File.Exists(Path.Combine(_folder.Path, "functions", "voicemail.protected.csx")));
    }

    [Fact]
    public async Task New_InsideAProject_WritesUnderFunctionsFromTheNearestScripthostJson()
    {
        Assert.Equal(0, (await _cli.RunAsync(_folder.Path, "init", "--template", "verify-otp")).ExitCode);
        var nested = Directory.CreateDirectory(Path.Combine(_folder.Path, "lib", "deeper")).FullName;

        var result = await _cli.RunAsync(nested, "new", "voice/menu", "--template", "ivr-menu");
        var privateOne = await _cli.RunAsync(nested, "new", "admin/report.private", "--template", "verify-otp");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(_folder.Path, "functions", "voice", "menu.protected.csx")));
        Assert.Equal(0, privateOne.ExitCode);
        Assert.True(File.Exists(Path.Combine(_folder.Path, "functions", "admin", "report.private.csx")));
    }

    [Fact]
    public async Task New_FileExists_RefusesToOverwrite()
    {
        Assert.Equal(0, (await _cli.RunAsync(_folder.Path, "init", "--template", "voicemail")).ExitCode);
        var file = Path.Combine(_folder.Path, "functions", "voicemail.protected.csx");
        File.WriteAllText(file, "// mine");

        var result = await _cli.RunAsync(_folder.Path, "new", "voicemail", "--template", "voicemail");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("already exists", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("// mine", File.ReadAllText(file));
    }

    [Fact]
    public async Task New_PathBreakingTheServersRule_ExitsTwo()
    {
        var result = await _cli.RunAsync(_folder.Path, "new", "bad path!", "--template", "voicemail");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a valid path", result.Stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _cli.Dispose();
        _folder.Dispose();
    }
}
