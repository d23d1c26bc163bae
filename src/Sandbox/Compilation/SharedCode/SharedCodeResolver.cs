using System.Collections.Frozen;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ScriptHost.Sandbox.Compilation.SharedCode;

/// <summary>
/// The only source resolver a compile has: it resolves the build's shared code files, from memory, by their exact
/// path, and nothing else. It never touches the file system.
/// </summary>
internal sealed class SharedCodeResolver(IReadOnlyList<SharedCodeFile> files) : SourceReferenceResolver
{
    private readonly FrozenDictionary<string, string> _sources = files.ToFrozenDictionary(f => f.Path, f => f.Source, StringComparer.Ordinal);

    public override string? NormalizePath(string path, string? baseFilePath) => path;

    public override string? ResolveReference(string path, string? baseFilePath) => _sources.ContainsKey(path) ? path : null;

    public override SourceText ReadText(string resolvedPath) => SourceText.From(Source(resolvedPath), Encoding.UTF8);

    public override Stream OpenRead(string resolvedPath) => new MemoryStream(Encoding.UTF8.GetBytes(Source(resolvedPath)), writable: false);

    public override bool Equals(object? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    private string Source(string resolvedPath) =>
        _sources.TryGetValue(resolvedPath, out var source) ? source : throw new FileNotFoundException("Not a shared code file of this build.", resolvedPath);
}
