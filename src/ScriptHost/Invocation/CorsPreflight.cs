using Microsoft.Net.Http.Headers;
using ScriptHost.Serving;

namespace ScriptHost.Invocation;

/// <summary>
/// CORS as Twilio's runtime answers it: a preflight allows any origin with GET, POST and OPTIONS — unless the service
/// names its allowed origins, in which case only those are echoed back (<c>*</c> among them allows any again).
/// </summary>
internal static class CorsPreflight
{
    /// <summary>The allowed-origins entry that allows every origin.</summary>
    public const string AnyOrigin = "*";

    /// <summary>
    /// The one rule for an allowed-origins entry: <c>*</c>, or an origin <c>http(s)://host[:port]</c> (a trailing
    /// slash tolerated), normalised as a browser sends it in <c>Origin</c> — lower-case, IDN host in punycode, no
    /// default port — so the comparison with the header is exact. Anything else (a path, query, user info, another
    /// scheme) is refused with the reason.
    /// </summary>
    public static bool TryParseOrigin(string? entry, out string normalized, out string? error)
    {
        normalized = string.Empty;
        error = null;
        var text = entry?.Trim() ?? string.Empty;
        if (text == AnyOrigin)
        {
            normalized = AnyOrigin;
            return true;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host.Length == 0 || text.Any(char.IsWhiteSpace))
        {
            error = "is not an origin: use scheme://host[:port], e.g. 'https://app.example.com', or '*'";
            return false;
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            error = $"has the scheme '{uri.Scheme}': browser origins are http or https";
            return false;
        }

        if (uri.UserInfo.Length > 0 || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            error = "has more than scheme://host[:port] (a path, query, fragment or user info)";
            return false;
        }

        var host = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host : uri.IdnHost;
        normalized = $"{uri.Scheme}://{host.ToLowerInvariant()}{(uri.IsDefaultPort ? string.Empty : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
        return true;
    }

    public static IResult Answer(HttpContext http, ServiceState service)
    {
        var headers = http.Response.Headers;
        var origin = AllowedOrigin(http, service);
        if (origin is not null)
        {
            headers[HeaderNames.AccessControlAllowOrigin] = origin;
            headers[HeaderNames.AccessControlAllowMethods] = "GET, POST, OPTIONS";
            headers[HeaderNames.AccessControlAllowHeaders] = "Content-Type, Authorization, X-Twilio-Signature";
            headers[HeaderNames.AccessControlMaxAge] = "86400";
        }

        return TypedResults.NoContent();
    }

    public static void AddOriginHeader(HttpContext http, ServiceState service)
    {
        if (AllowedOrigin(http, service) is { } origin)
        {
            http.Response.Headers[HeaderNames.AccessControlAllowOrigin] = origin;
        }
    }

    private static string? AllowedOrigin(HttpContext http, ServiceState service)
    {
        var allowed = service.Settings.CorsAllowedOrigins;
        if (allowed.IsDefaultOrEmpty || allowed.Contains(AnyOrigin, StringComparer.Ordinal))
        {
            return AnyOrigin;
        }

        var origin = http.Request.Headers.Origin.ToString();
        return allowed.Contains(origin, StringComparer.OrdinalIgnoreCase) ? origin : null;
    }
}
