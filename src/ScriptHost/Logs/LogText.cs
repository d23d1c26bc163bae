using System.Buffers;
using System.Globalization;
using System.Text;

namespace ScriptHost.Logs;

/// <summary>
/// The one rule for the text of a function's log line, applied before it is stored or streamed: characters that
/// could make one call look like several lines or restyle a reader's terminal are written as visible escapes —
/// <c>\n</c>, <c>\r</c>, <c>\t</c>, and <c>\uXXXX</c> for the other C0 controls, DEL, the C1 controls, the Unicode
/// line and paragraph separators, the bidirectional marks, embeddings, overrides and isolates, and unpaired
/// surrogates. A backslash the function wrote stays as it is: it cannot start a line.
/// </summary>
internal static class LogText
{
    private static readonly SearchValues<char> MayNeedEscaping = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c))
        + string.Concat(Enumerable.Range(0x7F, 0x21).Select(c => (char)c))
        + "\u061C\u200E\u200F\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"
        + string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)));

    /// <summary>
    /// <paramref name="message"/> with those characters escaped. Text past <paramref name="maxLength"/> characters is
    /// cut (never inside an escape) and ends in "…"; reading stops at the cut, however long the message.
    /// </summary>
    public static string Escape(string message, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(message);
        // Only the part that can be kept is searched: a huge message costs no more than a short one.
        var first = message.AsSpan(0, Math.Min(message.Length, maxLength)).IndexOfAny(MayNeedEscaping);
        if (first < 0)
        {
            return message.Length <= maxLength ? message : string.Concat(message.AsSpan(0, maxLength), "…");
        }

        var text = new StringBuilder(Math.Min(message.Length, maxLength) + 16);
        text.Append(message.AsSpan(0, Math.Min(first, maxLength)));
        var index = first;
        for (; index < message.Length && text.Length < maxLength; index++)
        {
            var character = message[index];
            if (char.IsHighSurrogate(character) && index + 1 < message.Length && char.IsLowSurrogate(message[index + 1]))
            {
                text.Append(character).Append(message[++index]);
            }
            else if (!MayNeedEscaping.Contains(character))
            {
                text.Append(character);
            }
            else
            {
                _ = character switch
                {
                    '\n' => text.Append("\\n"),
                    '\r' => text.Append("\\r"),
                    '\t' => text.Append("\\t"),
                    _ => text.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture)),
                };
            }
        }

        return index >= message.Length ? text.ToString() : text.Append('…').ToString();
    }
}
