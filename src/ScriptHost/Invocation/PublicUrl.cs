using Microsoft.AspNetCore.Http.Extensions;
using ScriptHost.Configuration;

namespace ScriptHost.Invocation;

/// <summary>
/// The URL a caller (Twilio) used to reach a function: the configured public base URL when set, else the request's
/// own scheme and host — which, behind a proxy, come only from forwarded headers of configured trusted proxies.
/// </summary>
internal static class PublicUrl
{
    public static string Of(HttpRequest request, ScriptHostOptions options) =>
        options.PublicBaseUrl is { Length: > 0 }
            ? BaseOf(request, options) + request.PathBase + request.Path + request.QueryString
            : request.GetEncodedUrl();

    /// <summary>Scheme and authority callers use: the configured public base URL, else the request's own.</summary>
    public static string BaseOf(HttpRequest request, ScriptHostOptions options) =>
        options.PublicBaseUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : $"{request.Scheme}://{request.Host}";

    public static string DomainName(HttpRequest request, ScriptHostOptions options) =>
        options.PublicBaseUrl is { Length: > 0 } baseUrl && Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri)
            ? uri.Authority
            : request.Host.Value ?? "localhost";
}
