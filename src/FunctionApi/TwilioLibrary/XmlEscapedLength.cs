using System.Buffers;
using System.Text;

namespace ScriptHost.Functions.TwilioLibrary;

/// <summary>
/// How many UTF-8 bytes <see cref="System.Xml.XmlWriter"/> (default settings, as XLinq's save uses it) writes for a
/// text or an attribute value: entities for markup characters, newlines normalized in text and escaped in attributes.
/// Exact for valid text (<c>TwimlTextTests</c> compares it with the library's output); never more than is written.
/// </summary>
internal static class XmlEscapedLength
{
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>\r\n");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\"\t\r\n");

    /// <summary>The newline text gets (<c>XmlWriterSettings.NewLineChars</c>, the platform's by default).</summary>
    private static readonly int NewLineBytes = Environment.NewLine.Length;

    /// <summary>Bytes written for <paramref name="text"/> as element content.</summary>
    public static long Text(string text)
    {
        var span = text.AsSpan();
        long bytes = Encoding.UTF8.GetByteCount(span);
        for (var at = span.IndexOfAny(TextSpecials); at >= 0; at = NextSpecial(span, at + 1, TextSpecials))
        {
            switch (span[at])
            {
                case '&':
                    bytes += "&amp;".Length - 1;
                    break;
                case '<' or '>':
                    bytes += "&lt;".Length - 1;
                    break;
                case '\r' when at + 1 < span.Length && span[at + 1] == '\n':
                    // "\r\n" becomes one newline.
                    bytes += NewLineBytes - 2;
                    at++;
                    break;
                default:
                    // '\n', or a lone '\r', becomes one newline.
                    bytes += NewLineBytes - 1;
                    break;
            }
        }

        return bytes;
    }

    /// <summary>Bytes written for <paramref name="value"/> between an attribute's quotes.</summary>
    public static long Attribute(string value)
    {
        var span = value.AsSpan();
        long bytes = Encoding.UTF8.GetByteCount(span);
        for (var at = span.IndexOfAny(AttributeSpecials); at >= 0; at = NextSpecial(span, at + 1, AttributeSpecials))
        {
            bytes += span[at] switch
            {
                '&' => "&amp;".Length - 1,
                '<' or '>' => "&lt;".Length - 1,
                '"' => "&quot;".Length - 1,
                _ => "&#xA;".Length - 1, // tab, newline and carriage return as character references
            };
        }

        return bytes;
    }

    private static int NextSpecial(ReadOnlySpan<char> span, int from, SearchValues<char> specials)
    {
        var next = span[from..].IndexOfAny(specials);
        return next < 0 ? -1 : from + next;
    }
}
