using System.Net;
using System.Runtime.Versioning;
using System.Text.Json;
using ScriptHost.Cli.Tests.Support;
using ScriptHost.TestSupport;

namespace ScriptHost.Cli.Tests.Commands;

public sealed class StartCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Start_Folder_ServesItSignsLocallyRedeploysOnSaveKeepsTheLastGoodBuildOnErrorsTailsLogsAndStopsWith130()
    {
        _folder.File("scripthost.json", "{ \"service\": \"startdemo\" }");
        _folder.File("functions/hello.csx", "Log.Info(\"saying hello\");\nreturn \"v1 \" + Context.Env[\"CITY\"];");
        _folder.File("functions/hook.protected.csx", "return \"signed only\";");
        _folder.File(".env", "CITY=Lyon\nTWILIO_AUTH_TOKEN=local-token\n");
        using var cli = new CliProcess();
        using var tool = StartedTool.Start(cli, _folder.Path);
        await tool.WaitForAsync("Watching for changes");
        var hello = new Uri(tool.BaseAddress, "/startdemo/hello");

        var first = await _http.GetStringAsync(hello);
        var unsigned = await _http.PostAsync(new Uri(tool.BaseAddress, "/startdemo/hook"), new FormUrlEncodedContent([]));
        var signedLocally = await cli.RunAsync(_folder.Path, "invoke", "hook", "--local", "--as-twilio", "-d", "Body=hi");
        var sessionFile = Path.Combine(_folder.Path, ".scripthost", "session.json");
        var sessionMode = File.GetUnixFileMode(sessionFile);
        await tool.WaitForAsync("/hello  → 200 succeeded");
        _folder.File("functions/hello.csx", "return \"v2\";");
        var second = await Eventually.MatchesAsync(() => _http.GetStringAsync(hello), body => body == "v2", "the edited function served", TimeSpan.FromSeconds(90));
        _folder.File("functions/hello.csx", "var n = 1;\nreturn n.Missing();");
        await tool.WaitForAsync("functions/hello.csx:2:", onStderr: true, timeout: TimeSpan.FromSeconds(90));
        var afterError = await _http.GetStringAsync(hello);
        var exitCode = await tool.InterruptAsync();
        var afterStop = await cli.RunAsync(_folder.Path, "invoke", "hook", "--local", "--as-twilio");

        Assert.Equal("v1 Lyon", first);
        Assert.True(unsigned.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, unsigned.StatusCode.ToString());
        Assert.True(signedLocally.ExitCode == 0, signedLocally.ToString());
        Assert.Contains("signed only", signedLocally.Stdout, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, sessionMode);
        Assert.Contains("saying hello", tool.Stdout, StringComparison.Ordinal);
        Assert.Equal("v2", second);
        Assert.Matches(@"(?m)^functions/hello\.csx:2:\d+: error CS\d+: ", tool.Stderr);
        Assert.Equal("v2", afterError);
        Assert.Equal(130, exitCode);
        await Assert.ThrowsAsync<HttpRequestException>(() => _http.GetAsync(new Uri(tool.BaseAddress, "/health")));
        Assert.False(File.Exists(sessionFile), "the session file outlived start");
        Assert.Equal(1, afterStop.ExitCode);
        Assert.Contains("--local: no 'scripthost start' is running", afterStop.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OutputJson_PrintsOneJsonObjectPerLineForListeningDeployedLogAndInvocation()
    {
        _folder.File("scripthost.json", "{ \"service\": \"startjson\" }");
        _folder.File("functions/hello.csx", "Log.Info(\"json hello\");\nreturn \"hi\";");
        using var cli = new CliProcess();
        using var tool = StartedTool.Start(cli, _folder.Path, "--output", "json");
        await tool.WaitForAsync("Watching for changes", onStderr: true);

        Assert.Equal("hi", await _http.GetStringAsync(new Uri(tool.BaseAddress, "/startjson/hello")));
        await tool.WaitForAsync("\"type\":\"invocation\"");
        var exitCode = await tool.InterruptAsync();

        var lines = tool.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["listening", "deployed", "log", "invocation"], lines.Select(line => line.GetProperty("type").GetString()));
        Assert.Equal("startjson", lines[0].GetProperty("data").GetProperty("service").GetString());
        Assert.Equal("/hello", lines[1].GetProperty("data").GetProperty("urls")[0].GetProperty("path").GetString());
        Assert.Equal("json hello", lines[2].GetProperty("data").GetProperty("message").GetString());
        Assert.Equal(200, lines[3].GetProperty("data").GetProperty("httpStatus").GetInt32());
        Assert.Equal(130, exitCode);
    }

    public void Dispose()
    {
        _http.Dispose();
        _folder.Dispose();
    }
}
