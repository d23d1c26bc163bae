using ScriptHost.Cli.Tests.Support;

namespace ScriptHost.Cli.Tests.Commands;

public sealed class HelpTests : IDisposable
{
    private readonly CliProcess _cli = new();

    [Fact]
    public async Task Help_Root_ListsEveryCommandAndExamplesUnderItsOwnName()
    {
        var result = await _cli.RunAsync(Directory.GetCurrentDirectory(), "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("scripthost [command] [options]", result.Stdout, StringComparison.Ordinal);
        foreach (var command in new[] { "init", "new", "templates", "start", "deploy", "promote", "rollback", "list", "logs", "env", "invoke", "run", "login", "logout" })
        {
            Assert.Matches($@"(?m)^  {command}\b", result.Stdout);
        }

        Assert.Contains("Examples:", result.Stdout, StringComparison.Ordinal);
        Assert.Empty(result.Stderr);
    }

    [Theory]
    [InlineData("init", "--template")]
    [InlineData("new", "<path>")]
    [InlineData("start", "--port")]
    [InlineData("deploy", "--prune")]
    [InlineData("promote", "--from")]
    [InlineData("rollback", "--env")]
    [InlineData("list functions", "--env")]
    [InlineData("logs", "--tail")]
    [InlineData("env set", "NAME=value")]
    [InlineData("env import", "<file>")]
    [InlineData("invoke", "--as-twilio")]
    [InlineData("run", "<file>")]
    [InlineData("login", "--key-stdin")]
    public async Task Help_EachCommand_ShowsItsUsageOptionsAndTheGlobalOnes(string command, string expected)
    {
        var result = await _cli.RunAsync(Directory.GetCurrentDirectory(), [.. command.Split(' '), "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"scripthost {command}", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(expected, result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--output <table|json>", result.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
