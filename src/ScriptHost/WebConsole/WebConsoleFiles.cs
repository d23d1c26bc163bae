using System.IO.Compression;
using System.Reflection;
using Microsoft.Extensions.FileProviders;
using ScriptHost.Assets;

namespace ScriptHost.WebConsole;

/// <summary>
/// The console's files, embedded in this assembly by <c>src/WebConsole/WebConsole.Bundle.targets</c>: index.html (a
/// template with a nonce placeholder) and the hashed assets, each kept in memory with its gzip form, made once. A host
/// built with <c>-p:ScriptHostWebConsole=false</c> has none; <see cref="IsBuilt"/> then says so.
/// </summary>
internal sealed class WebConsoleFiles
{
    private const string Root = "WebConsole/dist";
    private const string NoncePlaceholder = "{{nonce}}";
    private const string ManifestName = "Microsoft.Extensions.FileProviders.Embedded.Manifest.xml";

    private readonly Dictionary<string, ConsoleAsset> _assets = new(StringComparer.Ordinal);
    private readonly string[] _indexAroundNonce = [];

    public WebConsoleFiles()
        : this(typeof(WebConsoleFiles).Assembly)
    {
    }

    public WebConsoleFiles(Assembly assembly)
    {
        if (assembly.GetManifestResourceInfo(ManifestName) is null)
        {
            return;
        }

        var files = new ManifestEmbeddedFileProvider(assembly, Root);
        var index = files.GetFileInfo("index.html");
        if (!index.Exists)
        {
            return;
        }

        _indexAroundNonce = ReadText(index).Split(NoncePlaceholder);
        foreach (var file in files.GetDirectoryContents("assets").Where(f => !f.IsDirectory))
        {
            _assets[file.Name] = ConsoleAsset.Of(file);
        }
    }

    /// <summary>False when the host was built without the console.</summary>
    public bool IsBuilt => _indexAroundNonce.Length > 0;

    /// <summary>index.html with <paramref name="nonce"/> wherever the page names it.</summary>
    public string IndexWithNonce(string nonce) => string.Join(nonce, _indexAroundNonce);

    public bool TryGetAsset(string name, out ConsoleAsset asset) => _assets.TryGetValue(name, out asset!);

    private static string ReadText(IFileInfo file)
    {
        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd();
    }
}

/// <summary>
/// One hashed asset: its bytes, their gzip form (null when it would not be smaller), and its content type (the
/// framework's extension table, as uploaded assets get theirs).
/// </summary>
internal sealed record ConsoleAsset(byte[] Content, byte[]? Gzipped, string ContentType)
{
    public static ConsoleAsset Of(IFileInfo file)
    {
        using var stream = file.CreateReadStream();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        return new ConsoleAsset(content, Gzip(content), AssetContentType.For(file.Name, declared: null));
    }

    private static byte[]? Gzip(byte[] content)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return compressed.Length < content.Length * 9 / 10 ? compressed.ToArray() : null;
    }
}
