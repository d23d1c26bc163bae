using System.Text.Json;
using ScriptHost.Cli.Tests.Support;

namespace ScriptHost.Cli.Tests.Commands;

[Collection(ServerCollection.Name)]
public sealed class RunCommandTests(ServerFixture fixture) : IDisposable
{
    private readonly CliProcess _cli = new();
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Run_Snippet_PrintsItsBodyOnStdoutAndItsLogLinesOnStderr()
    {
        await UseNewServiceAsync("run-ok");
        _folder.File("scratch.csx", "Log.Info(\"got \" + Event[\"Body\"]);\nreturn \"echo: \" + Event[\"Body\"];\n");

        var result = await _cli.RunAsync(_folder.Path, "run", "scratch.csx", "-d", "Body=hello");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("echo: hello\n", result.Stdout);
        Assert.Contains("info: got hello", result.Stderr, StringComparison.Ordinal);
        Assert.Matches(@"→ 200 text/plain; charset=utf-8 in \d+ ms", result.Stderr);
    }

    [Fact]
    public async Task Run_JsonOutput_PrintsTheWholeAnswer()
    {
        await UseNewServiceAsync("run-json");
        _folder.File("scratch.csx", "Log.Warn(\"careful\");\nreturn 42;\n");

        var result = await _cli.RunAsync(_folder.Path, "run", "scratch.csx", "--output", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        Assert.Equal(200, document.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("42", document.RootElement.GetProperty("body").GetString());
        Assert.Equal("careful", Assert.Single(document.RootElement.GetProperty("logs").EnumerateArray()).GetProperty("message").GetString());
    }

    [Fact]
    public async Task Run_CompileError_PrintsFileLineColumnLikeTheCompilerAndExitsOne()
    {
        await UseNewServiceAsync("run-broken");
        _folder.File("scripts/broken.csx", "var greeting = \"hi\";\nreturn greting;\n");

        var result = await _cli.RunAsync(_folder.Path, "run", "scripts/broken.csx");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Stdout);
        var line = Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        Assert.Equal("scripts/broken.csx:2:8: error CS0103: The name 'greting' does not exist in the current context", line);
    }

    [Fact]
    public async Task Run_SnippetThrows_ExitsOneNamingTheExceptionAndItsLine()
    {
        await UseNewServiceAsync("run-throws");
        _folder.File("throws.csx", "var x = 1;\nthrow new InvalidOperationException(\"nope\");\n");

        var result = await _cli.RunAsync(_folder.Path, "run", "throws.csx");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: System.InvalidOperationException: nope at throws.csx:2:", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingFile_IsAUsageError()
    {
        var result = await _cli.RunAsync(_folder.Path, "run", "nowhere.csx");

        Assert.Equal(2, result.ExitCode);
    }

    public void Dispose()
    {
        _cli.Dispose();
        _folder.Dispose();
    }

    private async Task UseNewServiceAsync(string prefix)
    {
        var (service, key) = await fixture.NewServiceAsync(prefix);
        _cli.Environment["SCRIPTHOST_URL"] = fixture.Url;
        _cli.Environment["SCRIPTHOST_SERVICE"] = service;
        _cli.Environment["SCRIPTHOST_KEY"] = key;
    }
}
