using System.Text;
using ScriptHost.Functions.Output;

namespace Twilio.TwiML;

/// <summary>
/// A TwiML element: a tag with attributes, optional text and child elements. <see cref="ToString"/> renders the
/// whole tree as an XML document, byte for byte as Twilio's Node library does, so responses are predictable.
/// </summary>
/// <remarks>
/// Named like Twilio's own base type (and therefore like its namespace) so snippets from Twilio's documentation
/// compile unchanged.
/// </remarks>
#pragma warning disable CA1724 // The type name matches its namespace on purpose: it mirrors Twilio's library.
public class TwiML
#pragma warning restore CA1724
{
    private readonly List<TwiML> _children = [];
    private readonly List<KeyValuePair<string, string>> _options = [];

    private protected TwiML(string tagName)
    {
        ArgumentException.ThrowIfNullOrEmpty(tagName);
        TagName = tagName;
    }

    /// <summary>The element's tag, for example <c>Say</c>.</summary>
    public string TagName { get; }

    /// <summary>Appends a child element (or text) after the existing children.</summary>
    /// <param name="childElem">The element to append.</param>
    /// <returns>This element, for chaining.</returns>
    public virtual TwiML Append(TwiML childElem)
    {
        ArgumentNullException.ThrowIfNull(childElem);
        _children.Add(childElem);
        return this;
    }

    /// <summary>Appends text after the existing children; it is escaped when rendered.</summary>
    /// <param name="text">The text to append.</param>
    /// <returns>This element, for chaining.</returns>
    public TwiML AddText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _children.Add(new TwiMLText(text));
        return this;
    }

    /// <summary>Appends a child element and returns the child, to keep building inside it.</summary>
    /// <typeparam name="T">The child's element type.</typeparam>
    /// <param name="childElem">The element to append.</param>
    /// <returns>The appended child.</returns>
    public T Nest<T>(T childElem)
        where T : TwiML
    {
        Append(childElem);
        return childElem;
    }

    /// <summary>Appends an element with any tag, for TwiML this library has no type for.</summary>
    /// <param name="tagName">The tag of the new element.</param>
    /// <returns>The new element, to add attributes (<see cref="SetOption"/>), text or children to.</returns>
    public TwiML AddChild(string tagName) => Nest(new TwiML(tagName));

    /// <summary>Sets an attribute this library has no parameter for; setting a key again replaces its value.</summary>
    /// <param name="key">The attribute name, written as given.</param>
    /// <param name="value">The value; rendered with <see cref="object.ToString"/>.</param>
    /// <returns>This element, for chaining.</returns>
    public TwiML SetOption(string key, object value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        var rendered = new KeyValuePair<string, string>(key, TwiMLAttributes.Format(value));
        var existing = _options.FindIndex(option => option.Key == key);
        if (existing >= 0)
        {
            _options[existing] = rendered;
        }
        else
        {
            _options.Add(rendered);
        }

        return this;
    }

    /// <summary>Returns the value of an attribute set with <see cref="SetOption"/>, or <see langword="null"/>.</summary>
    /// <param name="key">The attribute name.</param>
    public string? GetOption(string key) =>
        _options.FindIndex(option => option.Key == key) is var index and >= 0 ? _options[index].Value : null;

    /// <summary>Renders this element and its children as an XML document with a UTF-8 declaration.</summary>
    /// <exception cref="InvalidOperationException">
    /// A text or attribute holds a character XML 1.0 forbids, or elements nest deeper than any TwiML does (an element
    /// appended inside itself).
    /// </exception>
    public override string ToString() => ToXml(OutputBudget.Current);

    /// <summary>
    /// Renders the document, stopping at <paramref name="budget"/>'s output limit while it writes. Not virtual: the
    /// host renders a returned TwiML object through this, never through an override of the script's.
    /// </summary>
    internal string ToXml(IOutputBudget? budget)
    {
        var xml = new StringBuilder(TwiMLXmlWriter.Declaration);
        var writer = new TwiMLXmlWriter(xml, budget);
        WriteTo(writer);
        budget?.EnsureOutputFits(xml.Length);
        return xml.ToString();
    }

    /// <summary>The text written inside the element before its children; <see langword="null"/> for none.</summary>
    private protected virtual string? GetElementBody() => null;

    /// <summary>Adds the element's typed attributes, in the order Twilio's libraries write them.</summary>
    private protected virtual void AddElementAttributes(TwiMLAttributes attributes)
    {
    }

    internal virtual void WriteTo(TwiMLXmlWriter writer)
    {
        var attributes = new TwiMLAttributes();
        AddElementAttributes(attributes);
        foreach (var option in _options)
        {
            attributes.Add(option.Key, option.Value);
        }

        var body = GetElementBody();
        // xmlbuilder (behind Twilio's Node library) closes an element with no non-empty content as <Tag/>.
        var isEmpty = string.IsNullOrEmpty(body) && _children.TrueForAll(child => child is TwiMLText { IsEmpty: true });
        writer.WriteStartElement(TagName, attributes.Items, isEmpty);
        if (isEmpty)
        {
            return;
        }

        if (!string.IsNullOrEmpty(body))
        {
            writer.WriteText(body);
        }

        foreach (var child in _children)
        {
            child.WriteTo(writer);
        }

        writer.WriteEndElement(TagName);
    }
}
