using System.Text.Json;
using ScriptHost.Cli.Tests.Support;

namespace ScriptHost.Cli.Tests.Commands;

[Collection(ServerCollection.Name)]
public sealed class InvokeCommandTests(ServerFixture fixture) : IDisposable
{
    private const string Greeting = "return \"hello \" + Event[\"Name\"] + \" by \" + Request.Method;";
    private const string Echo = "return Request.Method + \" \" + Request.Body;";

    private readonly CliProcess _cli = new();
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Invoke_FormFields_PostsThemAndPrintsStatusHeadersAndBody()
    {
        await UseNewServiceAsync("invoke-form", "production", ("/greet", Greeting, "public"));

        var result = await _cli.RunAsync(_folder.Path, "invoke", "/greet", "-d", "Name=Ada Lovelace");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n');
        Assert.Equal("HTTP/1.1 200 OK", lines[0]);
        Assert.Contains(lines, line => line.StartsWith("Content-Type: text/plain", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("X-Invocation-Id: ", StringComparison.Ordinal));
        Assert.EndsWith("\n\nhello Ada Lovelace by POST\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_GetWithFieldsJsonOutput_SendsAQueryAndPrintsOneDocument()
    {
        await UseNewServiceAsync("invoke-get", "production", ("/greet", Greeting, "public"));

        var result = await _cli.RunAsync(_folder.Path, "invoke", "greet", "--method", "get", "-d", "Name=Grace", "--output", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        Assert.Equal(200, document.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("hello Grace by GET", document.RootElement.GetProperty("body").GetString());
        Assert.StartsWith("text/plain", document.RootElement.GetProperty("headers").GetProperty("Content-Type").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_JsonFileOnDev_PostsItsExactTextToTheDevAddress()
    {
        await UseNewServiceAsync("invoke-json", "dev", ("/echo", Echo, "public"));
        var body = "{ \"amount\": 12,\n  \"currency\": \"eur\" }";
        var file = _folder.File("order.json", body);

        var result = await _cli.RunAsync(_folder.Path, "invoke", "/echo", "--json", file, "--env", "dev");
        var production = await _cli.RunAsync(_folder.Path, "invoke", "/echo", "--json", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.EndsWith("\n\nPOST " + body + "\n", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, production.ExitCode);
    }

    [Fact]
    public async Task Invoke_ProtectedWithoutAsTwilio_ShowsThe403AndExitsOne()
    {
        var service = await UseNewServiceAsync("invoke-protected", "production", ("/sms", Greeting, "protected"));
        await fixture.Admin.SetServiceVariableAsync(service, "TWILIO_AUTH_TOKEN", "twilio-test-token", secret: true);

        var result = await _cli.RunAsync(_folder.Path, "invoke", "/sms", "-d", "Name=Ada");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("HTTP/1.1 403 Forbidden", result.Stdout, StringComparison.Ordinal);
        var line = Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        Assert.StartsWith("error: 403 ", line, StringComparison.Ordinal);
        Assert.Contains("no X-Twilio-Signature header", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_ProtectedAsTwilio_IsSignedAndAnswered()
    {
        var service = await UseNewServiceAsync("invoke-signed", "production", ("/sms", Greeting, "protected"), ("/hook", Echo, "protected"));
        await fixture.Admin.SetServiceVariableAsync(service, "TWILIO_AUTH_TOKEN", "twilio-test-token", secret: true);
        var json = _folder.File("event.json", "{\"type\":\"ping\"}");

        var form = await _cli.RunAsync(_folder.Path, "invoke", "/sms", "-d", "Name=Ada", "-d", "From=+15550100", "--as-twilio");
        var get = await _cli.RunAsync(_folder.Path, "invoke", "/sms?Name=Query", "--method", "GET", "--as-twilio");
        var jsonBody = await _cli.RunAsync(_folder.Path, "invoke", "/hook", "--json", json, "--as-twilio");

        Assert.True(form.ExitCode == 0, form.ToString());
        Assert.EndsWith("\n\nhello Ada by POST\n", form.Stdout, StringComparison.Ordinal);
        Assert.True(get.ExitCode == 0, get.ToString());
        Assert.EndsWith("\n\nhello Query by GET\n", get.Stdout, StringComparison.Ordinal);
        Assert.True(jsonBody.ExitCode == 0, jsonBody.ToString());
        Assert.EndsWith("\n\nPOST {\"type\":\"ping\"}\n", jsonBody.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_EvenAsTwilio_NeverSendsTheManagementKeyToTheFunction()
    {
        var service = await UseNewServiceAsync("invoke-nokey", "production", ("/headers", "return Request.Headers.ContainsKey(\"authorization\") ? \"leaked\" : \"clean\";", "protected"));
        await fixture.Admin.SetServiceVariableAsync(service, "TWILIO_AUTH_TOKEN", "twilio-test-token", secret: true);

        var result = await _cli.RunAsync(_folder.Path, "invoke", "/headers", "--as-twilio", "--output", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        Assert.Equal("clean", document.RootElement.GetProperty("body").GetString());
    }

    [Fact]
    public async Task Invoke_AsTwilioWithoutAnAuthToken_ExitsOneWithTheServersProblem()
    {
        await UseNewServiceAsync("invoke-notoken", "production", ("/sms", Greeting, "protected"));

        var result = await _cli.RunAsync(_folder.Path, "invoke", "/sms", "--as-twilio");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.StartsWith("error: 409 ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("TWILIO_AUTH_TOKEN", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_NoSuchFunction_ExitsOne()
    {
        await UseNewServiceAsync("invoke-missing", "production", ("/greet", Greeting, "public"));

        var result = await _cli.RunAsync(_folder.Path, "invoke", "/nothing-here", "-d", "a=b");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("HTTP/1.1 404", result.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("error: 404 ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_UnknownServer_ExitsOneSayingItCannotBeReached()
    {
        var closed = ServerFixture.ClosedUrl();

        var result = await _cli.RunAsync(_folder.Path, "invoke", "/sms", "--url", closed, "--service", "demo");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: cannot reach {closed}: connection refused", result.Stderr.TrimEnd());
    }

    [Theory]
    [InlineData("-d", "a=b", "--json", "order.json")]
    [InlineData("--method", "GET", "--json", "order.json")]
    [InlineData("--method", "PUT")]
    public async Task Invoke_ConflictingOptions_IsAUsageError(params string[] options)
    {
        _folder.File("order.json", "{}");

        var result = await _cli.RunAsync(_folder.Path, ["invoke", "/sms", "--url", "http://127.0.0.1:1", "--service", "demo", .. options]);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Stdout);
    }

    public void Dispose()
    {
        _cli.Dispose();
        _folder.Dispose();
    }

    private async Task<string> UseNewServiceAsync(string prefix, string environment, params (string Path, string Source, string Visibility)[] functions)
    {
        var (service, key) = await fixture.NewServiceAsync(prefix);
        await fixture.DeployAsync(service, environment, functions);
        _cli.Environment["SCRIPTHOST_URL"] = fixture.Url;
        _cli.Environment["SCRIPTHOST_SERVICE"] = service;
        _cli.Environment["SCRIPTHOST_KEY"] = key;
        return service;
    }
}
