using System.Text;

namespace ScriptHost.Functions.TwilioLibrary;

/// <summary>Reads a webhook URL's query string as a browser's <c>URLSearchParams</c> does, without parsing the URL.</summary>
internal static class WebhookUrlQuery
{
    /// <summary>The first value of the query parameter <paramref name="name"/>, decoded, or null when it is absent.</summary>
    public static string? FirstValue(string url, string name)
    {
        ArgumentNullException.ThrowIfNull(url);
        var queryStart = url.IndexOf('?', StringComparison.Ordinal);
        var fragmentStart = url.IndexOf('#', StringComparison.Ordinal);
        if (queryStart < 0 || (fragmentStart >= 0 && fragmentStart < queryStart))
        {
            return null;
        }

        var queryEnd = fragmentStart >= 0 ? fragmentStart : url.Length;
        foreach (var pair in url[(queryStart + 1)..queryEnd].Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            var key = separator < 0 ? pair : pair[..separator];
            if (FormDecode(key) == name)
            {
                return separator < 0 ? string.Empty : FormDecode(pair[(separator + 1)..]);
            }
        }

        return null;
    }

    // Percent-decodes bytes, then reads them as UTF-8 (bad sequences become U+FFFD), with '+' meaning space.
    private static string FormDecode(string value)
    {
        var bytes = new List<byte>(value.Length);
        for (var index = 0; index < value.Length; index++)
        {
            var character = value[index];
            if (character == '%' && index + 2 < value.Length && char.IsAsciiHexDigit(value[index + 1]) && char.IsAsciiHexDigit(value[index + 2]))
            {
                bytes.Add(Convert.ToByte(value.Substring(index + 1, 2), 16));
                index += 2;
            }
            else if (character == '+')
            {
                bytes.Add((byte)' ');
            }
            else
            {
                var isPair = char.IsHighSurrogate(character) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]);
                bytes.AddRange(Encoding.UTF8.GetBytes(value.Substring(index, isPair ? 2 : 1)));
                index += isPair ? 1 : 0;
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}
