using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.TestSupport;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Logs;

public sealed class LogEndpointsTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    // One call that tries to look like two lines, the second one the host's own, with a terminal colour and a NUL.
    private const string ForgerSource = "Log.Info(\"user said hi\\r\\n[host] info: admin key reset\\u001b[2K\\0\");\nreturn \"done\";";

    private const string ForgedLineEscaped = "user said hi\\r\\n[host] info: admin key reset\\u001b[2K\\u0000";

    private readonly HttpClient _caller = factory.CreateAnonymousClient();

    [Fact]
    public async Task Query_AfterInvocation_ReturnsItsLinesOnceTheJournalFlushes()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/logger", TestScripts.Read("logs"));
        Assert.Equal("logged", await _caller.GetStringAsync($"/{service.Name}/logger?marker=m1"));

        var entries = await WaitForLogsAsync(service, "function=/logger", count: 3);

        Assert.Equal(["error m1", "info m1", "warn m1"], entries.Select(e => e.GetProperty("message").GetString()).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal("/logger", e.GetProperty("function").GetString()));
        Assert.All(entries, e => Assert.Equal(1, e.GetProperty("version").GetInt32()));
        Assert.Single(entries.Select(e => e.GetProperty("invocationId").GetString()).Distinct());
    }

    [Fact]
    public async Task Query_FiltersByFunctionLevelSinceAndLimit()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/logger", TestScripts.Read("logs"));
        await service.DeployAsync("/other", "Log.Error(\"other\"); return null;");
        Assert.Equal("logged", await _caller.GetStringAsync($"/{service.Name}/logger?marker=m2"));
        await _caller.GetAsync($"/{service.Name}/other");
        await WaitForLogsAsync(service, string.Empty, count: 4);

        var warnAndUp = await QueryAsync(service, "function=logger&level=warn");
        Assert.Equal(["error m2", "warn m2"], warnAndUp.Select(e => e.GetProperty("message").GetString()).Order(StringComparer.Ordinal));
        var errorsOnly = await QueryAsync(service, "level=error");
        Assert.Equal(["error m2", "other"], errorsOnly.Select(e => e.GetProperty("message").GetString()).Order(StringComparer.Ordinal));
        Assert.Single(await QueryAsync(service, "limit=1"));
        Assert.Empty(await QueryAsync(service, "since=" + Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(5).ToString("O"))));
        Assert.Equal(4, (await QueryAsync(service, "since=" + Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O")))).Count);
    }

    [Theory]
    [InlineData("level=verbose")]
    [InlineData("level=1")]
    [InlineData("limit=0")]
    [InlineData("limit=100000")]
    public async Task Query_InvalidFilter_Returns400Problem(string query)
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.GetAsync($"{service.Api}/logs?{query}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Stream_FunctionLogs_ArriveAsServerSentEvents()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/logger", TestScripts.Read("logs"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        using var stream = await service.Client.GetAsync($"{service.Api}/logs/stream", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(timeout.Token));
        Assert.StartsWith(":", await reader.ReadLineAsync(timeout.Token), StringComparison.Ordinal);

        Assert.Equal("logged", await _caller.GetStringAsync($"/{service.Name}/logger?marker=live", timeout.Token));

        string? line;
        do
        {
            line = await reader.ReadLineAsync(timeout.Token);
        }
        while (line is not null && !line.StartsWith("data:", StringComparison.Ordinal));

        Assert.NotNull(line);
        var entry = JsonDocument.Parse(line["data:".Length..]).RootElement;
        Assert.Equal("info live", entry.GetProperty("message").GetString());
        Assert.Equal("info", entry.GetProperty("level").GetString());
        Assert.Equal("/logger", entry.GetProperty("function").GetString());
    }

    [Fact]
    public async Task Query_LineWithControlCharacters_IsStoredAsOneEscapedLine()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/forger", ForgerSource);
        await _caller.GetAsync($"/{service.Name}/forger");

        var entries = await WaitForLogsAsync(service, "function=/forger", count: 1);

        Assert.Equal(ForgedLineEscaped, Assert.Single(entries).GetProperty("message").GetString());
    }

    [Fact]
    public async Task Stream_LineWithControlCharacters_ArrivesAsOneEscapedLine()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/forger", ForgerSource);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var stream = await service.Client.GetAsync($"{service.Api}/logs/stream", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(timeout.Token));
        Assert.StartsWith(":", await reader.ReadLineAsync(timeout.Token), StringComparison.Ordinal);

        await _caller.GetAsync($"/{service.Name}/forger", timeout.Token);

        string? line;
        do
        {
            line = await reader.ReadLineAsync(timeout.Token);
        }
        while (line is not null && !line.StartsWith("data:", StringComparison.Ordinal));

        Assert.NotNull(line);
        Assert.Equal(ForgedLineEscaped, JsonDocument.Parse(line["data:".Length..]).RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Stream_FailedInvocation_EndsWithAnInvocationEventAfterItsLines()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/fails", "Log.Warn(\"about to fail\");\nthrow new InvalidOperationException(\"the order was not found\");");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var stream = await service.Client.GetAsync($"{service.Api}/logs/stream", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(timeout.Token));
        Assert.StartsWith(":", await reader.ReadLineAsync(timeout.Token), StringComparison.Ordinal);

        using var answer = await _caller.GetAsync($"/{service.Name}/fails", timeout.Token);
        Assert.Equal(HttpStatusCode.InternalServerError, answer.StatusCode);
        var invocationId = Assert.Single(answer.Headers.GetValues("X-Invocation-Id"));

        var (firstKind, firstData) = await NextEventAsync(reader, timeout.Token);
        Assert.Equal("log", firstKind);
        Assert.Equal("about to fail", firstData.GetProperty("message").GetString());
        Assert.Equal(invocationId, firstData.GetProperty("invocationId").GetString());
        var (kind, ended) = await NextEventAsync(reader, timeout.Token);
        Assert.Equal("invocation", kind);
        Assert.Equal(invocationId, ended.GetProperty("invocationId").GetString());
        Assert.Equal("/fails", ended.GetProperty("function").GetString());
        Assert.Equal("failed", ended.GetProperty("status").GetString());
        Assert.Equal(500, ended.GetProperty("httpStatus").GetInt32());
        Assert.Equal("production", ended.GetProperty("environment").GetString());
        var error = ended.GetProperty("error");
        Assert.Equal("System.InvalidOperationException", error.GetProperty("type").GetString());
        Assert.Equal("the order was not found", error.GetProperty("message").GetString());
        Assert.Equal(2, error.GetProperty("line").GetInt32());
    }

    /// <summary>The next Server-Sent Event's name and its data as JSON.</summary>
    private static async Task<(string Kind, JsonElement Data)> NextEventAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        string? kind = null;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                kind = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                Assert.NotNull(kind);
                return (kind, JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone());
            }
        }

        throw new EndOfStreamException("the stream ended before the next event");
    }

    private async Task<List<JsonElement>> WaitForLogsAsync(TestService service, string query, int count) =>
        await Eventually.MatchesAsync(() => QueryAsync(service, query), entries => entries.Count >= count, $"{count} log entries");

    private static async Task<List<JsonElement>> QueryAsync(TestService service, string query) =>
        [.. (await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/logs?{query}")).EnumerateArray()];
}
