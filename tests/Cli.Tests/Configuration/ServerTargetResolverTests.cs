using ScriptHost.Cli.Configuration;
using ScriptHost.Cli.Hosting;
using ScriptHost.Cli.Tests.Support;

namespace ScriptHost.Cli.Tests.Configuration;

public sealed class ServerTargetResolverTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Resolve_OptionsOverEnvironmentOverNearestScripthostJson()
    {
        _folder.File("scripthost.json", """{ "url": "http://file:1", "service": "from-file" }""");
        var nested = Directory.CreateDirectory(Path.Combine(_folder.Path, "functions", "sms")).FullName;
        var credentials = new CredentialStore(Path.Combine(_folder.Path, "credentials.json"));

        var fromFile = ServerTargetResolver.Resolve(null, null, Environment(nested), credentials);
        var fromEnvironment = ServerTargetResolver.Resolve(null, null, Environment(nested, ("SCRIPTHOST_URL", "http://env:2"), ("SCRIPTHOST_SERVICE", "from-env")), credentials);
        var fromOptions = ServerTargetResolver.Resolve("http://option:3", "from-option", Environment(nested, ("SCRIPTHOST_URL", "http://env:2")), credentials);

        Assert.Equal(("http://file:1", "from-file"), (fromFile.Url, fromFile.Service));
        Assert.Equal(Path.Combine(_folder.Path, "scripthost.json"), fromFile.UrlSource);
        Assert.Equal(("http://env:2", "from-env"), (fromEnvironment.Url, fromEnvironment.Service));
        Assert.Equal(("http://option:3", "from-option"), (fromOptions.Url, fromOptions.Service));
    }

    [Fact]
    public void Resolve_KeyFromEnvironmentOverTheStoredOneForThatUrl()
    {
        var credentials = new CredentialStore(Path.Combine(_folder.Path, "credentials.json"));
        credentials.Save("http://server:5000", "stored");

        var stored = ServerTargetResolver.Resolve("http://server:5000/", null, Environment(_folder.Path), credentials);
        var overridden = ServerTargetResolver.Resolve("http://server:5000", null, Environment(_folder.Path, ("SCRIPTHOST_KEY", "from-env")), credentials);
        var otherServer = ServerTargetResolver.Resolve("http://other:5000", null, Environment(_folder.Path), credentials);

        Assert.Equal("stored", stored.Key);
        Assert.Equal("from-env", overridden.Key);
        Assert.Null(otherServer.Key);
        Assert.Contains("scripthost login", Assert.Throws<CliException>(() => ServerTargetResolver.RequireKey(otherServer)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "url": "http://x", "adminKey": "k" }""", "must not hold keys")]
    [InlineData("""{ "url": "http://x", "token": "k" }""", "must not hold keys")]
    [InlineData("""{ "url": "http://x", "colour": "blue" }""", "unknown setting 'colour'")]
    [InlineData("""[1]""", "must hold a JSON object")]
    [InlineData("""{ "url": """, "not valid JSON")]
    public void Resolve_ScripthostJsonWithAKeyOrUnknownSetting_IsRefusedNamingTheFile(string json, string expected)
    {
        var path = _folder.File("scripthost.json", json);

        var exception = Assert.Throws<CliException>(() => ServerTargetResolver.Resolve(null, null, Environment(_folder.Path), new CredentialStore(Path.Combine(_folder.Path, "c.json"))));

        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    private static CliEnvironment Environment(string directory, params (string Name, string Value)[] variables) =>
        new(name => variables.FirstOrDefault(variable => variable.Name == name).Value, directory);

    public void Dispose() => _folder.Dispose();
}
