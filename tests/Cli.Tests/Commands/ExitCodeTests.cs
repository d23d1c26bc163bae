using ScriptHost.Cli.Tests.Support;

namespace ScriptHost.Cli.Tests.Commands;

public sealed class ExitCodeTests : IDisposable
{
    private readonly CliProcess _cli = new();
    private readonly TemporaryFolder _folder = new();

    [Theory]
    [InlineData("deploy", "--bogus")]
    [InlineData("--output", "xml", "templates")]
    [InlineData("new")]
    [InlineData("env", "set", "NOEQUALS")]
    [InlineData("start", "--port", "70000")]
    [InlineData("nonsense")]
    public async Task Parse_BadCommandLine_ExitsTwoWithErrorLinesOnStderrOnly(params string[] arguments)
    {
        var result = await _cli.RunAsync(_folder.Path, arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.StartsWith("error: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("--help", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_UnknownTemplate_ExitsTwoNamingTheTemplates()
    {
        var result = await _cli.RunAsync(_folder.Path, "init", "--template", "no-such-thing");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        Assert.Contains("sms-auto-reply", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_NoServerUrlAnywhere_ExitsOneWithOneLineSayingHowToGiveOne()
    {
        var result = await _cli.RunAsync(_folder.Path, "logout");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: no server URL: pass --url, set SCRIPTHOST_URL, or add \"url\" to scripthost.json.", result.Stderr.TrimEnd());
    }

    public void Dispose()
    {
        _cli.Dispose();
        _folder.Dispose();
    }
}
