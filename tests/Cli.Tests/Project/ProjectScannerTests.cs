using System.Security.Cryptography;
using System.Text;
using ScriptHost.Cli.Project;
using ScriptHost.Cli.Tests.Support;

namespace ScriptHost.Cli.Tests.Project;

public sealed class ProjectScannerTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Scan_Functions_PathIsTheUrlPathAndVisibilityComesFromSuffixOrFirstLine()
    {
        _folder.File("functions/hello.csx", "return 1;");
        _folder.File("functions/sms/reply.protected.csx", "return 2;");
        _folder.File("functions/admin/report.csx", "// visibility: private\nreturn 3;");
        _folder.File("functions/notes.txt", "not a function");

        var scan = ProjectScanner.Scan(_folder.Path);

        Assert.Empty(scan.Problems);
        Assert.Equal(
            [("/admin/report", Visibility.Private, "functions/admin/report.csx"), ("/hello", Visibility.Public, "functions/hello.csx"), ("/sms/reply", Visibility.Protected, "functions/sms/reply.protected.csx")],
            scan.Functions.Select(function => (function.Path, function.Visibility, function.File)));
    }

    [Fact]
    public void Scan_Hashes_AreSha256OfSourceTextAndOfAssetBytes_AsTheServerComputesThem()
    {
        // A byte-order mark is not part of the source text the bundle sends (and the server hashes).
        _folder.File("functions/a.csx", "\uFEFFreturn \"é\";");
        var bytes = new byte[] { 0, 1, 2, 255 };
        File.WriteAllBytes(Path.Combine(Directory.CreateDirectory(Path.Combine(_folder.Path, "assets")).FullName, "blob.bin"), bytes);
        _folder.File("lib/greeting.cs", "static string Hi() => \"hi\";");

        var scan = ProjectScanner.Scan(_folder.Path);

        Assert.Equal(Hex(SHA256.HashData(Encoding.UTF8.GetBytes("return \"é\";"))), scan.Functions.Single().Sha256);
        Assert.Equal("return \"é\";", scan.Functions.Single().Source);
        Assert.Equal(Hex(SHA256.HashData(bytes)), scan.Assets.Single().Sha256);
        Assert.Equal(Hex(SHA256.HashData(Encoding.UTF8.GetBytes("static string Hi() => \"hi\";"))), scan.Lib.Single().Sha256);
    }

    [Fact]
    public void Scan_Assets_SuffixBeforeTheExtensionSetsTheirVisibility_DotFilesSkipped()
    {
        _folder.File("assets/img/logo.private.png", "png");
        _folder.File("assets/audio/hold.protected.mp3", "mp3");
        _folder.File("assets/style.css", "css");
        _folder.File("assets/.gitkeep", string.Empty);
        _folder.File("assets/.hidden/secret.txt", "x");

        var scan = ProjectScanner.Scan(_folder.Path);

        Assert.Empty(scan.Problems);
        Assert.Equal(
            [("/audio/hold.mp3", Visibility.Protected, 3L), ("/img/logo.png", Visibility.Private, 3L), ("/style.css", Visibility.Public, 3L)],
            scan.Assets.Select(asset => (asset.Path, asset.Visibility, asset.Size)));
    }

    [Fact]
    public void Scan_Lib_TakesCsFilesUnderLibWithTheirRelativePath()
    {
        _folder.File("lib/greeting.cs", "static string Hi() => \"hi\";");
        _folder.File("lib/text/format.cs", "static string F() => \"f\";");
        _folder.File("lib/readme.md", "docs");

        var scan = ProjectScanner.Scan(_folder.Path);

        Assert.Empty(scan.Problems);
        Assert.Equal(["lib/greeting.cs", "lib/text/format.cs"], scan.Lib.Select(file => file.Path));
    }

    [Fact]
    public void Scan_NamesTheServerRefuses_AreReportedPerFileAndLeftOut()
    {
        _folder.File("functions/bad name.csx", "return 1;");
        _folder.File("functions/dup.csx", "return 1;");
        _folder.File("functions/dup.private.csx", "return 2;");
        _folder.File("functions/clash.protected.csx", "// visibility: public\nreturn 1;");
        _folder.File("lib/bad name.cs", "x");

        var scan = ProjectScanner.Scan(_folder.Path);

        Assert.Contains(scan.Problems, problem => problem.StartsWith("functions/bad name.csx: ", StringComparison.Ordinal) && problem.Contains("not a valid path", StringComparison.Ordinal));
        Assert.Contains(scan.Problems, problem => problem.StartsWith("functions/dup.csx, functions/dup.private.csx: ", StringComparison.Ordinal));
        Assert.Contains(scan.Problems, problem => problem.StartsWith("functions/clash.protected.csx: ", StringComparison.Ordinal));
        Assert.Contains(scan.Problems, problem => problem.StartsWith("lib/bad name.cs: ", StringComparison.Ordinal));
        Assert.DoesNotContain(scan.Functions, function => function.File == "functions/bad name.csx");
    }

    [Fact]
    public void Scan_EmptyFolder_HasNothingAndNoProblems()
    {
        var scan = ProjectScanner.Scan(_folder.Path);

        Assert.Empty(scan.Functions);
        Assert.Empty(scan.Assets);
        Assert.Empty(scan.Lib);
        Assert.Empty(scan.Problems);
    }

    private static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);

    public void Dispose() => _folder.Dispose();
}
