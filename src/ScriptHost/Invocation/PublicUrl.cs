using Microsoft.AspNetCore.Http.Extensions;
using ScriptHost.Configuration;

namespace ScriptHost.Invocation;

/// <summary>
/// The URL a caller (Twilio) used to reach a function: the configured public base URL when set, else the request's
/// own scheme and host — which, behind a proxy, come only from forwarded headers of configured trusted proxies.
/// </summary>
internal static class PublicUrl
{
    public static string Of(HttpRequest request, ScriptHostOptions options)
    {
        if (options.PublicBaseUrl is { Length: > 0 } baseUrl)
        {
            return baseUrl.TrimEnd('/') + request.PathBase + request.Path + request.QueryString;
        }

        return request.GetEncodedUrl();
    }

    public static string DomainName(HttpRequest request, ScriptHostOptions options) =>
        options.PublicBaseUrl is { Length: > 0 } baseUrl && Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri)
            ? uri.Authority
            : request.Host.Value ?? "localhost";
}
