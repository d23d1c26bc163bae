using System.Text.Json;
using ScriptHost.Cli.Tests.Support;

namespace ScriptHost.Cli.Tests.Commands;

[Collection(ServerCollection.Name)]
public sealed class PromoteRollbackListCommandTests(ServerFixture fixture) : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    [Fact]
    public async Task Promote_DevToProduction_ServesDevsBuildInProduction()
    {
        var (service, key) = await fixture.NewServiceAsync("promote");
        using var cli = fixture.Cli(service, key);
        _folder.File("functions/hi.csx", "return \"from dev\";");
        Assert.Equal(0, (await cli.RunAsync(_folder.Path, "deploy", "--env", "dev")).ExitCode);

        var result = await cli.RunAsync(_folder.Path, "promote", "--from", "dev", "--to", "production");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"^Promoted build \d+ from dev to production \(deployment \d+\)\.", result.Stdout);
        Assert.Equal("from dev", await _http.GetStringAsync(new Uri($"{fixture.Url}/{service}/hi")));
    }

    [Fact]
    public async Task Rollback_AfterTwoDeploys_ServesTheEarlierBuildAndSaysWhich()
    {
        var (service, key) = await fixture.NewServiceAsync("rollback");
        using var cli = fixture.Cli(service, key);
        _folder.File("functions/hi.csx", "return \"one\";");
        var first = JsonDocument.Parse((await cli.RunAsync(_folder.Path, "deploy", "--env", "production", "-o", "json")).Stdout).RootElement.GetProperty("buildId").GetInt32();
        _folder.File("functions/hi.csx", "return \"two\";");
        var second = JsonDocument.Parse((await cli.RunAsync(_folder.Path, "deploy", "--env", "production", "-o", "json")).Stdout).RootElement.GetProperty("buildId").GetInt32();

        var result = await cli.RunAsync(_folder.Path, "rollback");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith($"Rolled back production from build {second} to build {first} ", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("one", await _http.GetStringAsync(new Uri($"{fixture.Url}/{service}/hi")));
    }

    [Fact]
    public async Task Rollback_ToNamedBuild_DeploysThatBuild_AndWithoutHistory_FailsInOneLine()
    {
        var (service, key) = await fixture.NewServiceAsync("rollback-to");
        using var cli = fixture.Cli(service, key);
        _folder.File("functions/hi.csx", "return \"one\";");
        var first = JsonDocument.Parse((await cli.RunAsync(_folder.Path, "deploy", "--env", "dev", "-o", "json")).Stdout).RootElement.GetProperty("buildId").GetInt32();

        var nothingEarlier = await cli.RunAsync(_folder.Path, "rollback", "--env", "dev");
        _folder.File("functions/hi.csx", "return \"two\";");
        Assert.Equal(0, (await cli.RunAsync(_folder.Path, "deploy", "--env", "dev")).ExitCode);
        var named = await cli.RunAsync(_folder.Path, "rollback", "--env", "dev", "--to", first.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", "json");

        Assert.Equal(1, nothingEarlier.ExitCode);
        Assert.Contains("no earlier build", Assert.Single(nothingEarlier.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.True(named.ExitCode == 0, named.ToString());
        Assert.Equal(first, JsonDocument.Parse(named.Stdout).RootElement.GetProperty("toBuildId").GetInt32());
        Assert.Equal("one", await _http.GetStringAsync(new Uri($"{fixture.Url}/{service}@dev/hi")));
    }

    [Fact]
    public async Task List_EachKind_TablesAndJsonShowTheDeployedFolder_SecretsMasked()
    {
        var (service, key) = await fixture.NewServiceAsync("list");
        using var cli = fixture.Cli(service, key);
        _folder.File("functions/hi.csx", "return \"hi\";");
        _folder.File("functions/hook.protected.csx", "return \"hook\";");
        _folder.File("assets/logo.private.txt", "logo");
        _folder.File(".env", "TWILIO_AUTH_TOKEN=shh-very-secret\nCITY=Paris\n");
        Assert.Equal(0, (await cli.RunAsync(_folder.Path, "deploy", "--env", "dev")).ExitCode);

        var functions = await cli.RunAsync(_folder.Path, "list", "functions", "--env", "dev");
        var assets = await cli.RunAsync(_folder.Path, "list", "assets", "--env", "dev", "-o", "json");
        var env = await cli.RunAsync(_folder.Path, "list", "env", "--env", "dev");
        var builds = await cli.RunAsync(_folder.Path, "list", "builds", "-o", "json");
        var environments = await cli.RunAsync(_folder.Path, "list", "environments");

        Assert.True(functions.ExitCode == 0, functions.ToString());
        Assert.Matches(@"(?m)^PATH\s+VISIBILITY\s+VERSION\s+URL$", functions.Stdout);
        Assert.Matches(@"(?m)^/hook\s+protected\s+1\s+http://", functions.Stdout);
        Assert.Matches(@"(?m)^/hi\s+public\s+1\s+http://", functions.Stdout);
        var asset = Assert.Single(JsonDocument.Parse(assets.Stdout).RootElement.EnumerateArray());
        Assert.Equal("/logo.txt", asset.GetProperty("path").GetString());
        Assert.Equal("private", asset.GetProperty("visibility").GetString());
        Assert.Matches(@"(?m)^CITY\s+Paris\s+no$", env.Stdout);
        Assert.Matches(@"(?m)^TWILIO_AUTH_TOKEN\s+•+\s+yes$", env.Stdout);
        Assert.DoesNotContain("shh-very-secret", env.Stdout, StringComparison.Ordinal);
        Assert.Equal("completed", Assert.Single(JsonDocument.Parse(builds.Stdout).RootElement.EnumerateArray()).GetProperty("status").GetString());
        Assert.Matches(@"(?m)^dev\s+\d+\s+\d+\s+", environments.Stdout);
        Assert.Matches(@"(?m)^production\s+-\s+-\s+", environments.Stdout);
    }

    public void Dispose()
    {
        _http.Dispose();
        _folder.Dispose();
    }
}
