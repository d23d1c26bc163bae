using System.Text;
using ScriptHost.Functions.Output;

namespace Twilio.TwiML;

/// <summary>
/// Writes TwiML exactly as xmlbuilder (behind Twilio's Node library) does: no whitespace between elements, its
/// escaping rules for text and for attribute values, and its refusal of characters XML 1.0 cannot carry.
/// </summary>
/// <remarks>
/// Bounded while it writes: one element appended many times over makes a tree whose text grows exponentially, so
/// each write asks the invocation's <see cref="IOutputBudget"/> whether the text so far still fits (counted in
/// characters, each at least one UTF-8 byte), and nesting deeper than <see cref="MaxDepth"/> — a cycle, or a chain
/// that would exhaust the thread's stack — is refused.
/// </remarks>
internal sealed class TwiMLXmlWriter
{
    public const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /// <summary>Deepest nesting rendered; real TwiML nests a handful of levels.</summary>
    public const int MaxDepth = 256;

    private readonly StringBuilder _xml;
    private readonly IOutputBudget? _budget;
    private int _depth;

    public TwiMLXmlWriter(StringBuilder xml, IOutputBudget? budget)
    {
        _xml = xml;
        _budget = budget;
    }

    public void WriteStartElement(string tagName, IReadOnlyList<KeyValuePair<string, string>> attributes, bool isEmpty)
    {
        _budget?.EnsureOutputFits(_xml.Length);
        if (!isEmpty && ++_depth > MaxDepth)
        {
            throw new InvalidOperationException($"TwiML nests deeper than {MaxDepth} elements (is an element appended inside itself?).");
        }

        _xml.Append('<').Append(tagName);
        foreach (var (name, value) in attributes)
        {
            _xml.Append(' ').Append(name).Append("=\"");
            AppendEscaped(value, isAttribute: true);
            _xml.Append('"');
        }

        _xml.Append(isEmpty ? "/>" : ">");
    }

    public void WriteText(string text)
    {
        _budget?.EnsureOutputFits(_xml.Length + (long)text.Length);
        AppendEscaped(text, isAttribute: false);
    }

    public void WriteEndElement(string tagName)
    {
        _depth--;
        _xml.Append("</").Append(tagName).Append('>');
    }

    private void AppendEscaped(string value, bool isAttribute)
    {
        EnsureLegalXmlCharacters(value);
        foreach (var character in value)
        {
            // Text keeps quotes, tabs and newlines; attribute values escape them so they survive normalization.
            var escaped = character switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' when !isAttribute => "&gt;",
                '"' when isAttribute => "&quot;",
                '\t' when isAttribute => "&#x9;",
                '\n' when isAttribute => "&#xA;",
                '\r' => "&#xD;",
                _ => null,
            };
            if (escaped is null)
            {
                _xml.Append(character);
            }
            else
            {
                _xml.Append(escaped);
            }
        }
    }

    private static void EnsureLegalXmlCharacters(string value)
    {
        for (var index = 0; index < value.Length; index++)
        {
            var character = value[index];
            if (char.IsHighSurrogate(character) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]))
            {
                index++; // A complete surrogate pair is one legal supplementary character.
                continue;
            }

            var isLegal = character switch
            {
                '\t' or '\n' or '\r' => true,
                < ' ' => false,
                '\uFFFE' or '\uFFFF' => false,
                _ => !char.IsSurrogate(character),
            };
            if (!isLegal)
            {
                throw new InvalidOperationException(
                    $"TwiML cannot carry the character U+{(int)character:X4} at index {index} of \"{value}\": XML 1.0 forbids it.");
            }
        }
    }
}
