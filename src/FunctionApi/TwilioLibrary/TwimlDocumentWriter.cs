using System.Xml;
using System.Xml.Linq;
using ScriptHost.Functions.Output;
using Twilio.TwiML;

namespace ScriptHost.Functions.TwilioLibrary;

/// <summary>
/// Writes a TwiML tree as the library's <c>ToString(SaveOptions)</c> does — same <see cref="XmlWriter"/>, same settings,
/// the same calls XLinq's save makes for the <see cref="XDocument"/> the library's <c>ToXml</c> would build — but
/// straight from the elements (<see cref="TwimlMembers"/>), with no XLinq tree in between, without recursion, and
/// into a <see cref="BoundedStringWriter"/>, so it stops at the output limit while writing.
/// </summary>
/// <remarks>
/// Each element is read once, as it is written; what is written is what was counted, even if a script's other thread
/// changes the tree meanwhile. Nesting deeper than <see cref="TwimlText.MaxDepth"/> is refused here too, for a cycle
/// made after <see cref="TwimlSizeCheck"/> looked.
/// </remarks>
internal sealed class TwimlDocumentWriter
{
    private const int ManyAttributes = 16;

    private readonly XmlWriter _xml;
    private readonly List<Frame> _open = [];
    private readonly List<(TwimlXmlName Name, string Value)> _attributes = [];
    private HashSet<TwimlXmlName>? _attributeNames;
    private TwimlNamespaceScopes? _namespaces;

    private TwimlDocumentWriter(XmlWriter xml)
    {
        _xml = xml;
    }

    /// <summary>The document of <paramref name="root"/>, with a UTF-8 declaration, formatted as <paramref name="options"/> asks.</summary>
    public static string Write(TwiML root, SaveOptions options, IOutputBudget? output, long maxChars)
    {
        var text = new BoundedStringWriter(output, maxChars);
        var xml = XmlWriter.Create(text, SettingsFor(options));
        try
        {
            xml.WriteStartDocument();
            new TwimlDocumentWriter(xml).WriteElement(root);
            xml.WriteEndDocument();
            xml.Flush();
        }
        catch
        {
            // Disposing flushes what the writer buffered; after a refusal that must neither count nor throw again.
            text.Abandon();
            throw;
        }
        finally
        {
            xml.Dispose();
        }

        return text.ToString();
    }

    /// <summary>The settings XLinq's <c>XDocument.Save(TextWriter, SaveOptions)</c> makes of the options.</summary>
    private static XmlWriterSettings SettingsFor(SaveOptions options)
    {
        var settings = new XmlWriterSettings();
        if ((options & SaveOptions.DisableFormatting) == 0)
        {
            settings.Indent = true;
        }

        if ((options & SaveOptions.OmitDuplicateNamespaces) != 0)
        {
            settings.NamespaceHandling |= NamespaceHandling.OmitDuplicates;
        }

        return settings;
    }

    private void WriteElement(TwiML root)
    {
        Open(root);
        while (_open.Count > 0)
        {
            var top = _open[^1];
            if (top.Next < top.Children.Count)
            {
                _open[^1] = top with { Next = top.Next + 1 };
                WriteChild(top.Element, top.Children[top.Next]);
            }
            else
            {
                _open.RemoveAt(_open.Count - 1);
                Close(full: true);
            }
        }
    }

    private void WriteChild(TwiML parent, TwiML? child)
    {
        if (child is null)
        {
            throw TwimlText.NullChild(parent);
        }

        if (TwimlMembers.IsText(child))
        {
            _xml.WriteString(TwimlMembers.TextContent(child) ?? throw TwimlText.NullText(parent));
            return;
        }

        if (_open.Count >= TwimlText.MaxDepth)
        {
            throw IsOpen(child) ? TwimlText.ContainsItself(child) : TwimlText.TooDeep();
        }

        Open(child);
    }

    private bool IsOpen(TwiML element)
    {
        foreach (var frame in _open)
        {
            if (ReferenceEquals(frame.Element, element))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Writes the start of <paramref name="element"/> — and all of it when it has no children — in the order of the
    /// library's <c>ToXml</c>: body, typed attributes (renamed as the library renames them), options, children.
    /// </summary>
    private void Open(TwiML element)
    {
        if (TwimlMembers.IsText(element))
        {
            throw new InvalidOperationException("TwiML cannot be rendered: the document is a text node, not an element.");
        }

        var depth = _open.Count + 1;
        var name = TwimlXmlName.Parse(TwimlMembers.TagName(element));
        var body = TwimlMembers.ElementBody(element);
        var attributes = Attributes(element);
        foreach (var (attributeName, value) in attributes)
        {
            if (attributeName.IsNamespaceDeclaration)
            {
                (_namespaces ??= new TwimlNamespaceScopes()).Declare(attributeName, value, depth);
            }
        }

        _xml.WriteStartElement(PrefixOf(name.Namespace, allowDefault: true), name.LocalName, name.Namespace);
        foreach (var (attributeName, value) in attributes)
        {
            var namespaceName = attributeName.Namespace.Length == 0 && attributeName.LocalName == "xmlns"
                ? TwimlXmlName.XmlnsNamespace
                : attributeName.Namespace;
            _xml.WriteAttributeString(PrefixOf(attributeName.Namespace, allowDefault: false), attributeName.LocalName, namespaceName, value);
        }

        var children = TwimlMembers.Children(element);
        if (children.Count == 0)
        {
            // XLinq's content: null (no body) closes as <Tag />, a string (even empty) as <Tag>text</Tag>.
            if (body is null)
            {
                Close(full: false);
            }
            else
            {
                _xml.WriteString(body);
                Close(full: true);
            }

            return;
        }

        if (!string.IsNullOrEmpty(body))
        {
            _xml.WriteString(body);
        }

        _open.Add(new Frame(element, children, 0));
    }

    private void Close(bool full)
    {
        if (full)
        {
            _xml.WriteFullEndElement();
        }
        else
        {
            _xml.WriteEndElement();
        }

        _namespaces?.Leave(_open.Count + 1);
    }

    /// <summary>
    /// The element's attributes as the library adds them to its <see cref="XElement"/>, into <see cref="_attributes"/>;
    /// one given twice is refused, as XLinq refuses it.
    /// </summary>
    private List<(TwimlXmlName Name, string Value)> Attributes(TwiML element)
    {
        _attributes.Clear();
        _attributeNames?.Clear();
        var renames = TwimlMembers.AttributeNameMapper(element);
        foreach (var attribute in TwimlMembers.ElementAttributes(element) ?? [])
        {
            if (attribute is null)
            {
                continue;
            }

            var name = renames is not null && renames.TryGetValue(attribute.Name.LocalName, out var renamed)
                ? TwimlXmlName.Parse(renamed)
                : TwimlXmlName.Of(attribute.Name);
            AddAttribute(element, name, attribute.Value);
        }

        foreach (var (key, value) in TwimlMembers.Options(element))
        {
            AddAttribute(element, TwimlXmlName.ParseOptionKey(key), value ?? throw new InvalidOperationException(
                $"TwiML cannot be rendered: the option '{key}' of a <{TwimlMembers.TagName(element)}> element has no value."));
        }

        return _attributes;
    }

    private void AddAttribute(TwiML element, TwimlXmlName name, string value)
    {
        // A linear look-up for the usual handful; a set once a script has piled options on, so that stays linear too.
        var isDuplicate = _attributes.Count < ManyAttributes ? IsListed(name) : !AttributeNames().Add(name);
        if (isDuplicate)
        {
            throw new InvalidOperationException(
                $"TwiML cannot be rendered: a <{TwimlMembers.TagName(element)}> element has the attribute '{name.LocalName}' twice (an option named like one of its parameters?).");
        }

        _attributes.Add((name, value));
    }

    private bool IsListed(TwimlXmlName name)
    {
        foreach (var (existing, _) in _attributes)
        {
            if (existing == name)
            {
                return true;
            }
        }

        return false;
    }

    private HashSet<TwimlXmlName> AttributeNames()
    {
        _attributeNames ??= [];
        if (_attributeNames.Count == 0)
        {
            foreach (var (existing, _) in _attributes)
            {
                _attributeNames.Add(existing);
            }
        }

        return _attributeNames;
    }

    /// <summary>The prefix XLinq's writer passes for a namespace: none for no namespace, a declared one, <c>xml</c>/<c>xmlns</c>, else null (the writer picks).</summary>
    private string? PrefixOf(string namespaceName, bool allowDefault)
    {
        if (namespaceName.Length == 0)
        {
            return string.Empty;
        }

        return _namespaces?.PrefixOf(namespaceName, allowDefault)
            ?? namespaceName switch
            {
                TwimlXmlName.XmlNamespace => "xml",
                TwimlXmlName.XmlnsNamespace => "xmlns",
                _ => null,
            };
    }

    /// <summary>An element whose start is written: its children and the next one to write.</summary>
    private readonly record struct Frame(TwiML Element, List<TwiML?> Children, int Next);
}
