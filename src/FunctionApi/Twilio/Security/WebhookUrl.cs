using System.Text;
using System.Text.RegularExpressions;

namespace Twilio.Security;

/// <summary>
/// The URL handling behind signature checks, kept textual on purpose: parsing with <see cref="Uri"/> would
/// normalize the very characters Twilio signed.
/// </summary>
internal static partial class WebhookUrl
{
    /// <summary>
    /// The URL without any port, then with the scheme's default port (443 for https, 80 otherwise) added when it
    /// names none: the two spellings Twilio's Node library tries, in its order.
    /// </summary>
    public static IEnumerable<string> PortSpellings(string url)
    {
        var parts = Split(url);
        if (parts is null)
        {
            yield return url;
            yield break;
        }

        var (scheme, userInfo, host, port, rest) = parts.Value;
        yield return scheme + userInfo + host + rest;
        if (port.Length == 0)
        {
            var defaultPort = scheme.Equals("https://", StringComparison.OrdinalIgnoreCase) ? ":443" : ":80";
            yield return scheme + userInfo + host + defaultPort + rest;
        }
        else
        {
            yield return url;
        }
    }

    /// <summary>The first value of a query parameter, decoded as a browser's URLSearchParams decodes it.</summary>
    public static string? GetQueryParameter(string url, string name)
    {
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

    private static (string Scheme, string UserInfo, string Host, string Port, string Remainder)? Split(string url)
    {
        var match = SchemeAndAuthority().Match(url);
        if (!match.Success)
        {
            return null;
        }

        var scheme = match.Groups[1].Value;
        var authority = match.Groups[2].Value;
        var userInfoEnd = authority.LastIndexOf('@');
        var hostAndPort = authority[(userInfoEnd + 1)..];
        // A colon starts the port only after the closing bracket of an IPv6 literal.
        var portStart = hostAndPort.IndexOf(':', hostAndPort.LastIndexOf(']') + 1);
        return (
            scheme,
            authority[..(userInfoEnd + 1)],
            portStart < 0 ? hostAndPort : hostAndPort[..portStart],
            portStart < 0 ? string.Empty : hostAndPort[portStart..],
            url[match.Length..]);
    }

    // Percent-decodes bytes, then reads them as UTF-8 (bad sequences become U+FFFD), with '+' meaning space.
    private static string FormDecode(string value)
    {
        var bytes = new List<byte>(value.Length);
        for (var index = 0; index < value.Length; index++)
        {
            var character = value[index];
            if (character == '%' && index + 2 < value.Length && IsHex(value[index + 1]) && IsHex(value[index + 2]))
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

    private static bool IsHex(char character) => char.IsAsciiHexDigit(character);

    // The scheme's letters are ASCII only, as in the JavaScript pattern this mirrors.
    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*://)([^/?#]*)", RegexOptions.CultureInvariant)]
    private static partial Regex SchemeAndAuthority();
}
