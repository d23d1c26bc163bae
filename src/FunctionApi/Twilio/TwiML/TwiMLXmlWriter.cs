using System.Text;

namespace Twilio.TwiML;

/// <summary>
/// Writes TwiML exactly as xmlbuilder (behind Twilio's Node library) does: no whitespace between elements, its
/// escaping rules for text and for attribute values, and its refusal of characters XML 1.0 cannot carry.
/// </summary>
internal sealed class TwiMLXmlWriter
{
    public const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private readonly StringBuilder _xml;

    public TwiMLXmlWriter(StringBuilder xml)
    {
        _xml = xml;
    }

    public void WriteStartElement(string tagName, IReadOnlyList<KeyValuePair<string, string>> attributes, bool isEmpty)
    {
        _xml.Append('<').Append(tagName);
        foreach (var (name, value) in attributes)
        {
            _xml.Append(' ').Append(name).Append("=\"");
            AppendEscaped(value, isAttribute: true);
            _xml.Append('"');
        }

        _xml.Append(isEmpty ? "/>" : ">");
    }

    public void WriteText(string text) => AppendEscaped(text, isAttribute: false);

    public void WriteEndElement(string tagName) => _xml.Append("</").Append(tagName).Append('>');

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
