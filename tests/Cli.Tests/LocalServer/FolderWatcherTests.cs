using ScriptHost.Cli.LocalServer;
using ScriptHost.Cli.Tests.Support;

namespace ScriptHost.Cli.Tests.LocalServer;

public sealed class FolderWatcherTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Theory]
    [InlineData("functions/a.csx", true)]
    [InlineData("functions/sms/reply.protected.csx", true)]
    [InlineData("assets/logo.png", true)]
    [InlineData("lib/x.cs", true)]
    [InlineData(".env", true)]
    [InlineData(".env.dev", true)]
    [InlineData(".scripthost/data/scripthost.db", false)]
    [InlineData(".git/index", false)]
    [InlineData("functions/a.csx~", false)]
    [InlineData("functions/.a.csx.swp", false)]
    [InlineData("functions/4913", false)]
    [InlineData("functions/.#a.csx", false)]
    [InlineData("README.md", false)]
    public void Matters_Path_OnlyWhatABuildReads(string path, bool matters) => Assert.Equal(matters, FolderWatcher.Matters(path));

    [Fact]
    public async Task NextChange_SeveralQuickWrites_OneDebouncedChangeNamingThem_IgnoringLocalState()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "functions"));
        using var watcher = new FolderWatcher(_folder.Path);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        _folder.File(".scripthost/data/x.db", "state");
        _folder.File("functions/a.csx", "return 1;");
        _folder.File("functions/b.csx", "return 2;");
        var change = await watcher.NextChangeAsync(timeout.Token);

        Assert.Equal(["functions/a.csx", "functions/b.csx"], change);
    }

    public void Dispose() => _folder.Dispose();
}
