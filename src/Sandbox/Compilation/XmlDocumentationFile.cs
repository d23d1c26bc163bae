using System.Collections.Frozen;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace ScriptHost.Sandbox.Compilation;

/// <summary>
/// An assembly's XML documentation file as Roslyn asks for it (member id → the member's documentation XML), read on
/// the first question. The compiler's own provider for this lives in the Workspaces package, which the compile half
/// does not carry; this is the same reading of the standard format.
/// </summary>
internal sealed class XmlDocumentationFile(string path) : DocumentationProvider
{
    private readonly Lazy<FrozenDictionary<string, string>> _members = new(() => Read(path));

    protected override string? GetDocumentationForSymbol(string documentationMemberID, CultureInfo preferredCulture, CancellationToken cancellationToken = default) =>
        _members.Value.TryGetValue(documentationMemberID, out var xml) ? xml : null;

    public override bool Equals(object? obj) => obj is XmlDocumentationFile other && other.Path == Path;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path);

    private string Path => path;

    private static FrozenDictionary<string, string> Read(string path)
    {
        // No DTD, no external entities: the file comes from a package, and is read as data.
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in XDocument.Load(reader).Descendants("member"))
        {
            if (member.Attribute("name")?.Value is { } name)
            {
                members[name] = string.Concat(member.Nodes());
            }
        }

        return members.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
