using System.Net;
using ScriptHost.Cli.Tests.Support;
using ScriptHost.TestSupport;

namespace ScriptHost.Cli.Tests.Commands;

/// <summary>
/// The cycle of the issue, as a new user runs it: init → start → edit → served → deploy → invoke --as-twilio → promote →
/// logs --tail sees the line → deploy --prune.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class FullCycleTests(ServerFixture fixture) : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    [Fact]
    public async Task Cycle_InitStartEditDeployInvokePromoteTailPrune_EachStepServesWhatTheFolderHas()
    {
        var (service, key) = await fixture.NewServiceAsync("cycle");
        using var cli = fixture.Cli(service, key);
        var init = await cli.RunAsync(_folder.Path, "init", "app", "--template", "sms-auto-reply", "--service", service);
        Assert.True(init.ExitCode == 0, init.ToString());
        var app = Path.Combine(_folder.Path, "app");
        File.WriteAllText(Path.Combine(app, ".env"), "TWILIO_AUTH_TOKEN=cycle-token\n");
        _folder.File("app/functions/hello.csx", "return \"one\";");
        _folder.File("app/functions/bye.csx", "return \"bye\";");

        using (var tool = StartedTool.Start(cli, app))
        {
            await tool.WaitForAsync("Watching for changes");
            var local = new Uri(tool.BaseAddress, $"/{service}/hello");
            Assert.Equal("one", await _http.GetStringAsync(local));
            _folder.File("app/functions/hello.csx", "return \"two\";");
            await Eventually.MatchesAsync(() => _http.GetStringAsync(local), body => body == "two", "the edit served locally", TimeSpan.FromSeconds(90));
            Assert.Equal(130, await tool.InterruptAsync());
        }

        var deploy = await cli.RunAsync(app, "deploy", "--env", "dev");
        Assert.True(deploy.ExitCode == 0, deploy.ToString());
        Assert.Equal("two", await _http.GetStringAsync(new Uri($"{fixture.Url}/{service}@dev/hello")));

        string[] smsForm = ["-d", "Body=HOURS", "-d", "From=+15550100", "-d", "To=+15550199", "-d", "MessageSid=SMcycle"];
        var invoke = await cli.RunAsync(app, ["invoke", "/sms-auto-reply", "--env", "dev", "--as-twilio", .. smsForm]);
        Assert.True(invoke.ExitCode == 0, invoke.ToString());
        Assert.Contains("<Response>", invoke.Stdout, StringComparison.Ordinal);

        var promote = await cli.RunAsync(app, "promote", "--from", "dev", "--to", "production");
        Assert.True(promote.ExitCode == 0, promote.ToString());
        Assert.Equal("two", await _http.GetStringAsync(new Uri($"{fixture.Url}/{service}/hello")));

        using (var tail = StartedTool.Run(cli, app, "logs", "--tail", "--env", "dev"))
        {
            await tail.WaitForAsync("Tailing the logs", onStderr: true);
            Assert.Equal(0, (await cli.RunAsync(app, ["invoke", "/sms-auto-reply", "--env", "dev", "--as-twilio", .. smsForm])).ExitCode);
            await tail.WaitForAsync("Auto-reply to SMcycle");
            Assert.Equal(130, await tail.InterruptAsync());
        }

        File.Delete(Path.Combine(app, "functions", "bye.csx"));
        var prune = await cli.RunAsync(app, "deploy", "--env", "dev", "--prune");
        Assert.True(prune.ExitCode == 0, prune.ToString());
        Assert.Contains("removed function /bye", prune.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 sent", prune.Stdout, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(new Uri($"{fixture.Url}/{service}@dev/bye"))).StatusCode);
        Assert.Equal("bye", await _http.GetStringAsync(new Uri($"{fixture.Url}/{service}/bye")));
    }

    public void Dispose()
    {
        _http.Dispose();
        _folder.Dispose();
    }
}
