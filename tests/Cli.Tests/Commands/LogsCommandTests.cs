using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ScriptHost.Cli.Tests.Support;
using ScriptHost.TestSupport;

namespace ScriptHost.Cli.Tests.Commands;

[Collection(ServerCollection.Name)]
public sealed class LogsCommandTests(ServerFixture fixture) : IDisposable
{
    private const string Logging = "Log.Info(\"info \" + Event[\"marker\"]);\nLog.Warn(\"warn \" + Event[\"marker\"]);\nreturn \"logged\";";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly CliProcess _cli = new();
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Logs_AfterInvocations_PrintsTheStoredLinesOldestFirstInColumns()
    {
        var service = await UseNewServiceAsync("logs-table");
        await InvokeAsync(service, "first");
        await InvokeAsync(service, "second");

        var result = await Eventually.MatchesAsync(
            () => _cli.RunAsync(_folder.Path, "logs"), result => result.Stdout.Contains("warn second", StringComparison.Ordinal), "the stored lines");

        var lines = result.Stdout.TrimEnd().Split('\n');
        Assert.Matches(@"^TIME\s+ENV\s+FUNCTION\s+LEVEL\s+MESSAGE$", lines[0]);
        Assert.Equal(["info first", "warn first", "info second", "warn second"], lines[1..].Select(line => line[(line.LastIndexOf("  ", StringComparison.Ordinal) + 2)..]));
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}Z\s+production\s+/logging\s+info\s+info first$", lines[1]);
    }

    [Fact]
    public async Task Logs_LevelAndJsonOutput_ListsOnlyWarningsAsOneDocument()
    {
        var service = await UseNewServiceAsync("logs-json");
        await InvokeAsync(service, "only");

        var result = await Eventually.MatchesAsync(
            () => _cli.RunAsync(_folder.Path, "logs", "--level", "warn", "--output", "json"),
            result => result.Stdout.Contains("warn only", StringComparison.Ordinal),
            "the stored warning");

        using var document = JsonDocument.Parse(result.Stdout);
        var entry = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal(("warn only", "warn", "/logging"), (entry.GetProperty("message").GetString(), entry.GetProperty("level").GetString(), entry.GetProperty("function").GetString()));
    }

    [Fact]
    public async Task LogsTail_Invocation_PrintsItsLineAndItsEndAsTheyHappenThenCtrlCExits130()
    {
        var service = await UseNewServiceAsync("logs-tail");
        using var process = _cli.Start(_folder.Path, "logs", "--tail", "--function", "/logging");
        try
        {
            // The tool says it is tailing once the server has subscribed it: nothing logged after that is missed.
            var said = await process.StandardError.ReadLineAsync().WaitAsync(Patience);
            Assert.Equal($"Tailing the logs of '{service}' (ctrl+C to stop).", said);

            await InvokeAsync(service, "tailed");

            var info = await process.StandardOutput.ReadLineAsync().WaitAsync(Patience);
            var warn = await process.StandardOutput.ReadLineAsync().WaitAsync(Patience);
            var ended = await process.StandardOutput.ReadLineAsync().WaitAsync(Patience);
            Assert.Matches(@"production  /logging  info  info tailed$", info);
            Assert.Matches(@"production  /logging  warn  warn tailed$", warn);
            Assert.Matches(@"production  /logging  → 200 succeeded \d+ ms$", ended);

            using (var interrupt = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await interrupt.WaitForExitAsync();
            }

            await process.WaitForExitAsync().WaitAsync(Patience);
            Assert.Equal(130, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task LogsTail_StoredLinesFirst_ThenOnlyNewOnesWithoutRepeats()
    {
        var service = await UseNewServiceAsync("logs-history");
        await InvokeAsync(service, "before");
        await Eventually.MatchesAsync(
            () => _cli.RunAsync(_folder.Path, "logs"), result => result.Stdout.Contains("warn before", StringComparison.Ordinal), "the stored lines");
        using var process = _cli.Start(_folder.Path, "logs", "--tail", "--level", "warn", "--output", "json");
        try
        {
            var history = await process.StandardOutput.ReadLineAsync().WaitAsync(Patience);
            Assert.Equal($"Tailing the logs of '{service}' (ctrl+C to stop).", await process.StandardError.ReadLineAsync().WaitAsync(Patience));
            await InvokeAsync(service, "after");
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(Patience);
            var ended = await process.StandardOutput.ReadLineAsync().WaitAsync(Patience);

            using (var stored = JsonDocument.Parse(history!))
            {
                Assert.Equal(("log", "warn before"), (stored.RootElement.GetProperty("type").GetString(), stored.RootElement.GetProperty("data").GetProperty("message").GetString()));
            }

            using (var tailed = JsonDocument.Parse(line!))
            {
                Assert.Equal("warn after", tailed.RootElement.GetProperty("data").GetProperty("message").GetString());
            }

            using var end = JsonDocument.Parse(ended!);
            Assert.Equal(("invocation", 200), (end.RootElement.GetProperty("type").GetString(), end.RootElement.GetProperty("data").GetProperty("httpStatus").GetInt32()));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task Logs_SinceNeitherDurationNorTimestamp_IsAUsageError()
    {
        var result = await _cli.RunAsync(_folder.Path, "logs", "--since", "yesterday");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'yesterday' is neither a duration", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_UnknownLevel_IsAUsageError()
    {
        var result = await _cli.RunAsync(_folder.Path, "logs", "--level", "debug");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public async Task Logs_UnknownServer_ExitsOneSayingItCannotBeReached()
    {
        var closed = ServerFixture.ClosedUrl();
        _cli.Environment["SCRIPTHOST_KEY"] = "any";

        var result = await _cli.RunAsync(_folder.Path, "logs", "--tail", "--url", closed, "--service", "demo");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: cannot reach {closed}: connection refused", result.Stderr.TrimEnd());
    }

    public void Dispose()
    {
        _cli.Dispose();
        _folder.Dispose();
    }

    private async Task InvokeAsync(string service, string marker)
    {
        using var http = fixture.Server.CreateClient();
        using var response = await http.GetAsync(new Uri($"/{service}/logging?marker={marker}", UriKind.Relative));
        response.EnsureSuccessStatusCode();
    }

    private async Task<string> UseNewServiceAsync(string prefix)
    {
        var (service, key) = await fixture.NewServiceAsync(prefix);
        await fixture.DeployAsync(service, "production", ("/logging", Logging, "public"));
        _cli.Environment["SCRIPTHOST_URL"] = fixture.Url;
        _cli.Environment["SCRIPTHOST_SERVICE"] = service;
        _cli.Environment["SCRIPTHOST_KEY"] = key;
        return service;
    }
}
