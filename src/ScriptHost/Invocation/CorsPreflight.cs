using Microsoft.Net.Http.Headers;
using ScriptHost.Functions;

namespace ScriptHost.Invocation;

/// <summary>
/// CORS as Twilio's runtime answers it: a preflight allows any origin with GET, POST and OPTIONS — unless the service
/// names its allowed origins, in which case only those are echoed back.
/// </summary>
internal static class CorsPreflight
{
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
        if (allowed.IsDefaultOrEmpty)
        {
            return "*";
        }

        var origin = http.Request.Headers.Origin.ToString();
        return allowed.Contains(origin, StringComparer.OrdinalIgnoreCase) ? origin : null;
    }
}
