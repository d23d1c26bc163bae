using Microsoft.AspNetCore.Http.Extensions;
using ScriptHost.Configuration;
using ScriptHost.Serving;

namespace ScriptHost.Invocation;

/// <summary>
/// The URL a caller (Twilio) used to reach a function: the configured public base URL when set, else the request's
/// own scheme and host — which, behind a proxy, come only from forwarded headers of configured trusted proxies. A
/// request that reached its environment by host name (<see cref="HostRoutedRequest"/>) used that host and its own
/// path, whatever the base URL says.
/// </summary>
internal static class PublicUrl
{
    public static string Of(HttpRequest request, ScriptHostOptions options)
    {
        if (request.HttpContext.Features.Get<HostRoutedRequest>() is { } hostRouted)
        {
            return $"{SchemeOf(request, options)}://{request.Host.ToUriComponent()}{request.PathBase}{hostRouted.OriginalPath}{request.QueryString}";
        }

        return options.PublicBaseUrl is { Length: > 0 }
            ? BaseOf(request, options) + request.PathBase + request.Path + request.QueryString
            : request.GetEncodedUrl();
    }

    /// <summary>The path the caller sent: a host-routed request's own, not the path form it was rewritten to.</summary>
    public static PathString PathOf(HttpRequest request) =>
        request.HttpContext.Features.Get<HostRoutedRequest>()?.OriginalPath ?? request.Path;

    /// <summary>Scheme and authority callers use: the configured public base URL, else the request's own.</summary>
    public static string BaseOf(HttpRequest request, ScriptHostOptions options) =>
        options.PublicBaseUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : $"{request.Scheme}://{request.Host}";

    /// <summary>The scheme callers use: the configured public base URL's, else the request's own.</summary>
    public static string SchemeOf(HttpRequest request, ScriptHostOptions options) =>
        options.PublicBaseUrl is { Length: > 0 } configured && Uri.TryCreate(configured, UriKind.Absolute, out var uri)
            ? uri.Scheme
            : request.Scheme;

    public static string DomainName(HttpRequest request, ScriptHostOptions options)
    {
        if (request.HttpContext.Features.Get<HostRoutedRequest>() is not null)
        {
            return request.Host.Value ?? "localhost";
        }

        return options.PublicBaseUrl is { Length: > 0 } baseUrl && Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri)
            ? uri.Authority
            : request.Host.Value ?? "localhost";
    }
}
