using System.Xml;
using System.Xml.Linq;

namespace ScriptHost.Functions.TwilioLibrary;

/// <summary>
/// A tag or attribute name read the way the library's <c>ToXml</c> reads its strings through <see cref="XName"/>:
/// <c>local</c>, or <c>{namespace}local</c>. Parsed here rather than with <see cref="XName.Get(string)"/> because
/// XName atomizes every name into a process-wide table that never shrinks, and these names come from scripts.
/// </summary>
internal readonly record struct TwimlXmlName(string Namespace, string LocalName)
{
    /// <summary>The namespace of <c>xml:</c> attributes (<c>xml:lang</c>).</summary>
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>The namespace of namespace declarations (<c>xmlns:p</c>).</summary>
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>Whether the attribute declares a namespace, as <see cref="XAttribute.IsNamespaceDeclaration"/> decides.</summary>
    public bool IsNamespaceDeclaration => Namespace.Length == 0 ? LocalName == "xmlns" : Namespace == XmlnsNamespace;

    /// <summary>Reads <paramref name="expandedName"/> as <see cref="XName.Get(string)"/> does, with the same refusals.</summary>
    public static TwimlXmlName Parse(string? expandedName)
    {
        ArgumentNullException.ThrowIfNull(expandedName);
        ArgumentException.ThrowIfNullOrEmpty(expandedName);
        if (expandedName[0] != '{')
        {
            return new TwimlXmlName(string.Empty, XmlConvert.VerifyNCName(expandedName));
        }

        var close = expandedName.LastIndexOf('}');
        if (close <= 1 || close == expandedName.Length - 1)
        {
            throw new ArgumentException($"'{expandedName}' is an invalid expanded name.", nameof(expandedName));
        }

        return new TwimlXmlName(expandedName[1..close], XmlConvert.VerifyNCName(expandedName[(close + 1)..]));
    }

    /// <summary>The name of an option key: <c>xml:</c> keys go to the xml namespace, as the library's <c>ToXml</c> sends them.</summary>
    public static TwimlXmlName ParseOptionKey(string? key)
    {
        ArgumentNullException.ThrowIfNull(key);

        // The library tests the prefix with the culture-sensitive StartsWith(string); the same test keeps both in step.
        return key.StartsWith("xml:", StringComparison.CurrentCulture)
            ? new TwimlXmlName(XmlNamespace, XmlConvert.VerifyNCName(key[4..]))
            : Parse(key);
    }

    /// <summary>The name of an attribute a library type built.</summary>
    public static TwimlXmlName Of(XName name) => new(name.NamespaceName, name.LocalName);
}
