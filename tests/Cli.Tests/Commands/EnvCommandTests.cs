using System.Text.Json;
using ScriptHost.Cli.Tests.Support;

namespace ScriptHost.Cli.Tests.Commands;

[Collection(ServerCollection.Name)]
public sealed class EnvCommandTests(ServerFixture fixture) : IDisposable
{
    private readonly CliProcess _cli = new();
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task EnvSetGetListUnset_ServiceDefaults_RoundTrip()
    {
        var service = await UseNewServiceAsync("env-defaults");

        var set = await RunAsync("env", "set", "GREETING=Hello there", "OPENING_HOURS=9-17");
        var get = await RunAsync("env", "get", "GREETING");
        var list = await RunAsync("env", "list");
        var unset = await RunAsync("env", "unset", "GREETING");
        var after = await RunAsync("env", "list", "--output", "json");

        Assert.Contains($"Set GREETING in the defaults of service '{service}'.", set.Stdout, StringComparison.Ordinal);
        Assert.Equal("Hello there\n", get.Stdout);
        Assert.Matches(@"GREETING\s+Hello there", list.Stdout);
        Assert.Matches(@"OPENING_HOURS\s+9-17", list.Stdout);
        Assert.Contains("Removed GREETING", unset.Stdout, StringComparison.Ordinal);
        using var remaining = JsonDocument.Parse(after.Stdout);
        Assert.Equal(["OPENING_HOURS"], remaining.RootElement.EnumerateArray().Select(variable => variable.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task EnvSet_SecretByName_StoredSecretHiddenInListAndGetRefuses()
    {
        await UseNewServiceAsync("env-secret");

        var set = await RunAsync("env", "set", "TWILIO_AUTH_TOKEN=abc123", "PLAIN=visible", "FORCED=hidden-too", "--output", "json");
        await RunAsync("env", "set", "FORCED=hidden-too", "--secret");
        var list = await RunAsync("env", "list");
        var get = await _cli.RunAsync(_folder.Path, "env", "get", "TWILIO_AUTH_TOKEN");

        using var written = JsonDocument.Parse(set.Stdout);
        Assert.Equal([true, false, false], written.RootElement.EnumerateArray().Select(variable => variable.GetProperty("secret").GetBoolean()));
        Assert.Matches(@"TWILIO_AUTH_TOKEN\s+\(secret\)", list.Stdout);
        Assert.Matches(@"FORCED\s+\(secret\)", list.Stdout);
        Assert.DoesNotContain("abc123", list.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, get.ExitCode);
        Assert.Empty(get.Stdout);
        Assert.StartsWith("error: 'TWILIO_AUTH_TOKEN' is secret", get.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnvSet_WithEnv_OverridesOnlyThereAndEffectiveMergesTheDefaults()
    {
        var service = await UseNewServiceAsync("env-scoped");
        await fixture.Admin.CreateEnvironmentAsync(service, "dev");

        await RunAsync("env", "set", "GREETING=Hello", "SHARED=default");
        var set = await RunAsync("env", "set", "GREETING=Ahoy", "--env", "dev");
        var own = await RunAsync("env", "list", "--env", "dev", "--output", "json");
        var effective = await RunAsync("env", "list", "--env", "dev", "--effective", "--output", "json");
        var defaultGreeting = await RunAsync("env", "get", "GREETING");
        var inherited = await RunAsync("env", "get", "SHARED", "--env", "dev", "--effective");
        var notOwn = await _cli.RunAsync(_folder.Path, "env", "get", "SHARED", "--env", "dev");

        Assert.Contains($"Set GREETING in environment 'dev' of service '{service}'.", set.Stdout, StringComparison.Ordinal);
        Assert.Equal(["GREETING=Ahoy"], Pairs(own.Stdout));
        Assert.Equal(["GREETING=Ahoy", "SHARED=default"], Pairs(effective.Stdout).Order());
        Assert.Equal("Hello\n", defaultGreeting.Stdout);
        Assert.Equal("default\n", inherited.Stdout);
        Assert.Equal(1, notOwn.ExitCode);
        Assert.Equal($"error: no variable 'SHARED' in environment 'dev' of service '{service}' (--effective includes the defaults it inherits).", notOwn.Stderr.TrimEnd());
    }

    [Fact]
    public async Task EnvSet_BadName_ExitsOneWithTheServersProblemInOneLine()
    {
        await UseNewServiceAsync("env-bad");

        var result = await _cli.RunAsync(_folder.Path, "env", "set", "1BAD-NAME=x");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        Assert.Equal("error: 1BAD-NAME: 400 Bad request: Variable names are 1-128 letters, digits or underscores, not starting with a digit. (nothing was set).", line);
    }

    [Fact]
    public async Task EnvUnset_UnknownName_ExitsOneNamingIt()
    {
        await UseNewServiceAsync("env-unset");

        var result = await _cli.RunAsync(_folder.Path, "env", "unset", "NOPE");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: NOPE: 404", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnvList_UnknownEnvironment_ExitsOneWithTheProblem()
    {
        await UseNewServiceAsync("env-noenv");

        var result = await _cli.RunAsync(_folder.Path, "env", "list", "--env", "staging");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: 404", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("staging", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnvImport_DefaultDotEnv_SetsEveryVariableAndReportsTheCount()
    {
        await UseNewServiceAsync("env-import");
        _folder.File(".env", "# settings\nBUSINESS_NAME=\"Ada's Bikes\"\nexport OPENING_HOURS=9-17\nSTRIPE_SECRET='sk_test_1'\n");

        var import = await RunAsync("env", "import");
        var list = await RunAsync("env", "list", "--output", "json");

        Assert.Contains("Set 3 variables from .env in the defaults", import.Stdout, StringComparison.Ordinal);
        Assert.Contains("(1 secret)", import.Stdout, StringComparison.Ordinal);
        Assert.Equal(["BUSINESS_NAME=Ada's Bikes", "OPENING_HOURS=9-17", "STRIPE_SECRET="], Pairs(list.Stdout).Order());
    }

    [Fact]
    public async Task EnvImport_MissingFile_ExitsOne()
    {
        await UseNewServiceAsync("env-import-missing");

        var result = await _cli.RunAsync(_folder.Path, "env", "import", ".env.production");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: .env.production: no such file.", result.Stderr.TrimEnd());
    }

    [Fact]
    public async Task EnvList_EffectiveWithoutEnv_IsAUsageError()
    {
        var result = await _cli.RunAsync(_folder.Path, "env", "list", "--effective");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--effective needs --env", result.Stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _cli.Dispose();
        _folder.Dispose();
    }

    private static string[] Pairs(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(variable => $"{variable.GetProperty("name").GetString()}={(variable.TryGetProperty("value", out var value) ? value.GetString() : null)}")];
    }

    private async Task<string> UseNewServiceAsync(string prefix)
    {
        var (service, key) = await fixture.NewServiceAsync(prefix);
        _cli.Environment["SCRIPTHOST_URL"] = fixture.Url;
        _cli.Environment["SCRIPTHOST_SERVICE"] = service;
        _cli.Environment["SCRIPTHOST_KEY"] = key;
        return service;
    }

    private async Task<CliResult> RunAsync(params string[] arguments)
    {
        var result = await _cli.RunAsync(_folder.Path, arguments);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }
}
