using System.Text.Json;
using ScriptHost.Cli.Tests.Support;

namespace ScriptHost.Cli.Tests.Commands;

[Collection(ServerCollection.Name)]
public sealed class DeployCommandTests(ServerFixture fixture) : IDisposable
{
    private const string Greeting = "public static class Greeting\n{\n    public static string Hello(string name) => $\"Hello, {name}\";\n}\n";

    private readonly TemporaryFolder _folder = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    [Fact]
    public async Task Deploy_FreshFolder_CreatesTheEnvironmentSendsEverySetsVariablesAndPrintsUrls()
    {
        var (service, key) = await fixture.NewServiceAsync("deploy-fresh");
        using var cli = fixture.Cli(service, key);
        WriteFolder();
        _folder.File(".env", "WHO=world\nAPI_KEY=abc123\n");
        _folder.File(".env.dev", "WHO=dev world\n");

        var result = await cli.RunAsync(_folder.Path, "deploy", "--env", "dev");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Created environment 'dev'.", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("3 sent, 0 unchanged", result.Stdout, StringComparison.Ordinal);
        var url = Assert.Single(result.Stdout.Split('\n').Select(line => line.Trim()), line => line.StartsWith("http", StringComparison.Ordinal) && line.Contains("/hello", StringComparison.Ordinal));
        Assert.Equal("Hello, dev world", await _http.GetStringAsync(new Uri(url)));
        using var client = new Api.Client.ScriptHostClient(fixture.Server.BaseAddress, key);
        var variables = await client.ListEnvironmentVariablesAsync(service, "dev");
        Assert.True(variables.Single(variable => variable.Name == "API_KEY").Secret);
        Assert.Equal("dev world", variables.Single(variable => variable.Name == "WHO").Value);
    }

    [Fact]
    public async Task Deploy_OneFileChanged_SendsOnlyThatFileAndJsonListsTheRest()
    {
        var (service, key) = await fixture.NewServiceAsync("deploy-changed");
        using var cli = fixture.Cli(service, key);
        WriteFolder();
        Assert.Equal(0, (await cli.RunAsync(_folder.Path, "deploy")).ExitCode);
        _folder.File("functions/hello.csx", "return Greeting.Hello(\"again\");");

        var result = await cli.RunAsync(_folder.Path, "deploy", "--output", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        var root = document.RootElement;
        Assert.Equal(["function /hello"], Items(root, "sent"));
        Assert.Equal(["asset /note.txt", "lib lib/greeting.cs"], Items(root, "unchanged").Order(StringComparer.Ordinal));
        Assert.True(root.GetProperty("buildId").GetInt32() > 0);
        Assert.True(root.GetProperty("deploymentId").GetInt32() > 0);
        var url = root.GetProperty("urls").EnumerateArray().Single().GetProperty("url").GetString()!;
        Assert.Equal("Hello, again", await _http.GetStringAsync(new Uri(url)));
    }

    [Fact]
    public async Task Deploy_FunctionDeletedLocally_KeepsItAndSaysSoUntilPruneRemovesIt()
    {
        var (service, key) = await fixture.NewServiceAsync("deploy-prune");
        using var cli = fixture.Cli(service, key);
        WriteFolder();
        _folder.File("functions/old.csx", "return \"old\";");
        Assert.Equal(0, (await cli.RunAsync(_folder.Path, "deploy")).ExitCode);
        File.Delete(Path.Combine(_folder.Path, "functions", "old.csx"));

        var kept = await cli.RunAsync(_folder.Path, "deploy");
        var oldUrl = $"{fixture.Url}/{service}@dev/old";
        var stillServed = await _http.GetAsync(new Uri(oldUrl));
        var pruned = await cli.RunAsync(_folder.Path, "deploy", "--prune");
        var afterPrune = await _http.GetAsync(new Uri(oldUrl));

        Assert.True(kept.ExitCode == 0, kept.ToString());
        Assert.Contains("would be removed (use --prune): function /old", kept.Stdout, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, stillServed.StatusCode);
        Assert.True(pruned.ExitCode == 0, pruned.ToString());
        Assert.Contains("removed function /old", pruned.Stdout, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, afterPrune.StatusCode);
    }

    [Fact]
    public async Task Deploy_CompileErrors_PrintsEachAtTheLocalFileLineAndColumn_ExitsOne_AndKeepsThePreviousBuild()
    {
        var (service, key) = await fixture.NewServiceAsync("deploy-error");
        using var cli = fixture.Cli(service, key);
        WriteFolder();
        Assert.Equal(0, (await cli.RunAsync(_folder.Path, "deploy")).ExitCode);
        _folder.File("functions/sms/reply.protected.csx", "var x = 1;\nreturn x.Nope();");
        _folder.File("lib/broken.cs", "public static class Broken\n{\n    public static int Value => \"text\";\n}\n");

        var result = await cli.RunAsync(_folder.Path, "deploy");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"(?m)^functions/sms/reply\.protected\.csx:2:\d+: error CS\d+: ", result.Stderr);
        Assert.Matches(@"(?m)^lib/broken\.cs:3:\d+: error CS\d+: ", result.Stderr);
        Assert.Contains("nothing was deployed", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("Hello, world", await _http.GetStringAsync(new Uri($"{fixture.Url}/{service}@dev/hello")));
    }

    [Fact]
    public async Task Deploy_CompileErrorIntoANewEnvironment_LeavesNoEnvironmentBehind()
    {
        var (service, key) = await fixture.NewServiceAsync("deploy-error-new");
        using var cli = fixture.Cli(service, key);
        _folder.File("functions/bad.csx", "return missing;");

        var result = await cli.RunAsync(_folder.Path, "deploy", "--env", "staging");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"(?m)^functions/bad\.csx:1:8: error CS0103: ", result.Stderr);
        Assert.Contains("staging does not exist yet", result.Stderr, StringComparison.Ordinal);
        using var client = new Api.Client.ScriptHostClient(fixture.Server.BaseAddress, key);
        Assert.DoesNotContain(await client.ListEnvironmentsAsync(service), environment => environment.Name == "staging");
    }

    [Fact]
    public async Task Deploy_WrongKey_OneErrorLineExitOne()
    {
        var (service, _) = await fixture.NewServiceAsync("deploy-wrongkey");
        using var cli = fixture.Cli(service, "not-a-real-key-0000000000000000");
        WriteFolder();

        var result = await cli.RunAsync(_folder.Path, "deploy");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.StartsWith("error: 401", Assert.Single(Lines(result.Stderr)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deploy_UnknownServer_OneErrorLineExitOne()
    {
        using var cli = fixture.Cli("nobody", "some-key");
        cli.Environment["SCRIPTHOST_URL"] = "http://127.0.0.1:9";
        WriteFolder();

        var result = await cli.RunAsync(_folder.Path, "deploy");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("http://127.0.0.1:9", Assert.Single(Lines(result.Stderr)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deploy_KeyOfAnotherService_SaysWhichServiceTheKeyIsFor()
    {
        var (service, _) = await fixture.NewServiceAsync("deploy-mine");
        var (other, otherKey) = await fixture.NewServiceAsync("deploy-other");
        using var cli = fixture.Cli(service, otherKey);
        WriteFolder();

        var result = await cli.RunAsync(_folder.Path, "deploy");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(Lines(result.Stderr));
        Assert.Contains($"service key for '{other}', not for '{service}'", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deploy_AssetOverTheBundleLimit_OneErrorLineExitOne_NothingDeployed()
    {
        var (service, key) = await fixture.NewServiceAsync("deploy-big");
        using var cli = fixture.Cli(service, key);
        WriteFolder();
        Assert.Equal(0, (await cli.RunAsync(_folder.Path, "deploy")).ExitCode);
        using var client = new Api.Client.ScriptHostClient(fixture.Server.BaseAddress, key);
        var before = await client.GetEnvironmentAsync(service, "dev");
        await File.WriteAllBytesAsync(Path.Combine(_folder.Path, "assets", "big.bin"), new byte[ServerFixture.MaxBundleBytes]);

        var result = await cli.RunAsync(_folder.Path, "deploy");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("too large", Assert.Single(Lines(result.Stderr)), StringComparison.Ordinal);
        Assert.Equal(before.LiveBuildId, (await client.GetEnvironmentAsync(service, "dev")).LiveBuildId);
    }

    public void Dispose()
    {
        _http.Dispose();
        _folder.Dispose();
    }

    private void WriteFolder()
    {
        _folder.File("functions/hello.csx", "return Greeting.Hello(Context.Env.GetValueOrDefault(\"WHO\", \"world\"));");
        _folder.File("lib/greeting.cs", Greeting);
        _folder.File("assets/note.txt", "a note");
    }

    private static IEnumerable<string> Items(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateArray().Select(item => $"{item.GetProperty("kind").GetString()} {item.GetProperty("path").GetString()}");

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
