using System.Text.RegularExpressions;

namespace ScriptHost.Functions.TwilioLibrary;

/// <summary>
/// The spellings of a webhook URL that Twilio may have signed: without a port, and with the scheme's default port.
/// Kept textual on purpose: <see cref="Uri"/> would re-escape the very characters Twilio signed.
/// </summary>
internal static partial class WebhookUrlSpellings
{
    /// <summary>
    /// The URL without its port, then the URL with the scheme's default port (443 for https, 80 otherwise) when it
    /// names none, or as received when it names one: the two spellings Twilio's Node library tries, in its order.
    /// A URL without <c>scheme://</c> has only itself.
    /// </summary>
    public static IReadOnlyList<string> PortSpellings(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var match = SchemeAndAuthority().Match(url);
        if (!match.Success)
        {
            return [url];
        }

        var scheme = match.Groups["scheme"].Value;
        var authority = match.Groups["authority"].Value;
        var remainder = url[match.Length..];
        var hostStart = authority.LastIndexOf('@') + 1;
        var hostAndPort = authority[hostStart..];
        // A colon starts the port only after the closing bracket of an IPv6 literal.
        var portStart = hostAndPort.IndexOf(':', hostAndPort.LastIndexOf(']') + 1);
        var beforePort = scheme + authority[..hostStart] + (portStart < 0 ? hostAndPort : hostAndPort[..portStart]);
        if (portStart >= 0)
        {
            return [beforePort + remainder, url];
        }

        var defaultPort = scheme.Equals("https://", StringComparison.OrdinalIgnoreCase) ? ":443" : ":80";
        return [url, beforePort + defaultPort + remainder];
    }

    // ASCII letters only in the scheme, and case-insensitive, as the JavaScript pattern this mirrors.
    [GeneratedRegex("^(?<scheme>[a-zA-Z][a-zA-Z0-9+.-]*://)(?<authority>[^/?#]*)", RegexOptions.CultureInvariant)]
    private static partial Regex SchemeAndAuthority();
}
