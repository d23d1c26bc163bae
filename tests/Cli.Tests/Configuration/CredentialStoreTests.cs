using System.Runtime.Versioning;
using ScriptHost.Cli.Configuration;
using ScriptHost.Cli.Tests.Support;

namespace ScriptHost.Cli.Tests.Configuration;

public sealed class CredentialStoreTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void ForUser_XdgConfigHomeSet_UsesIt_ElseHomeDotConfig()
    {
        var xdg = CredentialStore.ForUser(Environment(("XDG_CONFIG_HOME", "/x/config"), ("HOME", "/home/ada")));
        var home = CredentialStore.ForUser(Environment(("HOME", "/home/ada")));

        Assert.Equal("/x/config/scripthost/credentials.json", xdg.Path);
        Assert.Equal("/home/ada/.config/scripthost/credentials.json", home.Path);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Save_NewFile_IsReadableAndWritableByItsOwnerOnly()
    {
        var store = new CredentialStore(Path.Combine(_folder.Path, "scripthost", "credentials.json"));

        store.Save("http://localhost:5000", "key-1");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(store.Path));
    }

    [Fact]
    public void Save_KeysPerServer_FoundByAnySpellingOfTheSameUrl()
    {
        var store = new CredentialStore(Path.Combine(_folder.Path, "credentials.json"));

        store.Save("http://LocalHost:5000/", "local");
        store.Save("https://functions.example.com", "remote");

        Assert.Equal("local", store.Find("http://localhost:5000"));
        Assert.Equal("remote", new CredentialStore(store.Path).Find("https://functions.example.com/"));
        Assert.True(store.Remove("http://localhost:5000"));
        Assert.Null(store.Find("http://localhost:5000"));
        Assert.Equal("remote", store.Find("https://functions.example.com"));
        Assert.False(store.Remove("http://localhost:5000"));
    }

    private static CliEnvironment Environment(params (string Name, string Value)[] variables) =>
        new(name => variables.FirstOrDefault(variable => variable.Name == name).Value, "/");

    public void Dispose() => _folder.Dispose();
}
