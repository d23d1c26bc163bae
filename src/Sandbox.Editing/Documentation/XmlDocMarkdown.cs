using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace ScriptHost.Sandbox.Editing.Documentation;

/// <summary>
/// A symbol's XML documentation (<c>&lt;summary&gt;</c>, <c>&lt;param&gt;</c>) as short markdown: <c>&lt;see cref&gt;</c>
/// and <c>&lt;paramref&gt;</c> become code spans, <c>&lt;c&gt;</c> too; other tags keep their text.
/// </summary>
internal static class XmlDocMarkdown
{
    public static string? Summary(ISymbol symbol, CancellationToken cancellationToken) =>
        Element(symbol, cancellationToken)?.Element("summary") is { } summary ? Text(summary) : null;

    public static string? Parameter(ISymbol symbol, string name, CancellationToken cancellationToken) =>
        Element(symbol, cancellationToken)?.Elements("param").FirstOrDefault(p => (string?)p.Attribute("name") == name) is { } param ? Text(param) : null;

    private static XElement? Element(ISymbol symbol, CancellationToken cancellationToken)
    {
        var xml = symbol.GetDocumentationCommentXml(expandIncludes: false, cancellationToken: cancellationToken);
        if (string.IsNullOrWhiteSpace(xml))
        {
            return null;
        }

        try
        {
            // Metadata documentation comes as the member's inner XML; source documentation as a <member> element.
            var root = XElement.Parse("<doc>" + xml + "</doc>");
            return root.Element("member") ?? root;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static string? Text(XElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText plain:
                    text.Append(plain.Value);
                    break;
                case XElement { Name.LocalName: "see" or "seealso" } see:
                    var target = (string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? (string?)see.Attribute("href") ?? see.Value;
                    text.Append('`').Append(ShortName(target)).Append('`');
                    break;
                case XElement { Name.LocalName: "paramref" or "typeparamref" } reference:
                    text.Append('`').Append((string?)reference.Attribute("name")).Append('`');
                    break;
                case XElement { Name.LocalName: "c" } code:
                    text.Append('`').Append(code.Value).Append('`');
                    break;
                case XElement other:
                    text.Append(Text(other));
                    break;
            }
        }

        var collapsed = string.Join(' ', text.ToString().Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }

    // "M:System.String.Trim" → "String.Trim"; "T:ScriptHost.Functions.Response" → "Response".
    private static string ShortName(string cref)
    {
        var name = cref.Length > 2 && cref[1] == ':' ? cref[2..] : cref;
        var open = name.IndexOf('(', StringComparison.Ordinal);
        if (open >= 0)
        {
            name = name[..open];
        }

        var parts = name.Split('.');
        return parts.Length >= 2 && cref.StartsWith("T:", StringComparison.Ordinal) ? parts[^1] : string.Join('.', parts.TakeLast(2));
    }
}
