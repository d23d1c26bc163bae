using System.Net;

namespace ScriptHost.Functions.TwilioLibrary;

/// <summary>
/// Reads a webhook URL's query string as a browser's <c>URLSearchParams</c> does, without parsing the URL: names and
/// values are form-decoded (<c>+</c> is a space, <c>%XX</c> bytes read as UTF-8) by <see cref="WebUtility.UrlDecode"/>.
/// </summary>
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
            if (WebUtility.UrlDecode(key) == name)
            {
                return separator < 0 ? string.Empty : WebUtility.UrlDecode(pair[(separator + 1)..]);
            }
        }

        return null;
    }
}
