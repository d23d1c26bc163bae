using System.Collections;
using System.Globalization;
using System.Text;

namespace Twilio.Jwt;

/// <summary>
/// Serializes claims exactly as JavaScript's <c>JSON.stringify</c> does, so a token's bytes, and therefore its
/// signature, equal those of Twilio's Node library: raw UTF-8 rather than <c>\u</c> escapes, lowercase hex for
/// control characters, and integer-like keys first, as JavaScript orders an object's keys.
/// </summary>
internal static class JavaScriptJson
{
    public static string Serialize(object? value)
    {
        var json = new StringBuilder();
        Write(json, value);
        return json.ToString();
    }

    private static void Write(StringBuilder json, object? value)
    {
        switch (value)
        {
            case null:
                json.Append("null");
                break;
            case string text:
                WriteString(json, text);
                break;
            case bool flag:
                json.Append(flag ? "true" : "false");
                break;
            case int or long or short or byte or uint or ulong or ushort or sbyte:
                json.Append(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                // Claims are integers in practice; "R" matches JavaScript for ordinary fractions.
                json.Append(Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                break;
            case IEnumerable<KeyValuePair<string, object?>> members:
                WriteObject(json, members);
                break;
            case IEnumerable<KeyValuePair<string, string>> members:
                WriteObject(json, members.Select(member => new KeyValuePair<string, object?>(member.Key, member.Value)));
                break;
            case IDictionary dictionary:
                WriteObject(json, dictionary.Cast<DictionaryEntry>()
                    .Select(entry => new KeyValuePair<string, object?>(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty, entry.Value)));
                break;
            case IEnumerable items:
                WriteArray(json, items);
                break;
            default:
                WriteString(json, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                break;
        }
    }

    private static void WriteObject(StringBuilder json, IEnumerable<KeyValuePair<string, object?>> members)
    {
        // JavaScript objects list array-index keys first, ascending, then the rest in insertion order; a later
        // duplicate key replaces the earlier value in place.
        var ordered = new List<KeyValuePair<string, object?>>();
        foreach (var member in members)
        {
            var existing = ordered.FindIndex(candidate => candidate.Key == member.Key);
            if (existing >= 0)
            {
                ordered[existing] = member;
            }
            else
            {
                ordered.Add(member);
            }
        }

        var indexKeys = ordered.Where(member => IsArrayIndex(member.Key)).OrderBy(member => uint.Parse(member.Key, CultureInfo.InvariantCulture));
        var otherKeys = ordered.Where(member => !IsArrayIndex(member.Key));
        json.Append('{');
        var first = true;
        foreach (var (key, memberValue) in indexKeys.Concat(otherKeys))
        {
            if (!first)
            {
                json.Append(',');
            }

            first = false;
            WriteString(json, key);
            json.Append(':');
            Write(json, memberValue);
        }

        json.Append('}');
    }

    private static void WriteArray(StringBuilder json, IEnumerable items)
    {
        json.Append('[');
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                json.Append(',');
            }

            first = false;
            Write(json, item);
        }

        json.Append(']');
    }

    private static bool IsArrayIndex(string key) =>
        key.Length > 0
        && (key == "0" || key[0] != '0')
        && key.All(char.IsAsciiDigit)
        && uint.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
        && index != uint.MaxValue;

    private static void WriteString(StringBuilder json, string text)
    {
        json.Append('"');
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            switch (character)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\b': json.Append("\\b"); break;
                case '\f': json.Append("\\f"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                default:
                    var isPair = char.IsHighSurrogate(character) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]);
                    if (isPair)
                    {
                        json.Append(character).Append(text[++index]);
                    }
                    else if (character < ' ' || char.IsSurrogate(character))
                    {
                        // A lone surrogate cannot be UTF-8; JSON.stringify escapes it, as it does control characters.
                        json.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        json.Append(character);
                    }

                    break;
            }
        }

        json.Append('"');
    }
}
