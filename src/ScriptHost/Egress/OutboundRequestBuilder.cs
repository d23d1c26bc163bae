using System.Net.Http.Headers;
using System.Text;

namespace ScriptHost.Egress;

/// <summary>Turns a function's method, headers and body into the request for one hop.</summary>
internal static class OutboundRequestBuilder
{
    private static readonly HashSet<string> AllowedMethods = new(StringComparer.OrdinalIgnoreCase)
    {
        "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
    };

    // Headers that decide where a request goes or how the connection is framed belong to the host, not the function.
    // Host in particular would let a function reach another virtual host (or TLS name) behind an allowlisted address.
    private static readonly HashSet<string> HostControlledHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Keep-Alive", "Transfer-Encoding", "TE", "Trailer", "Upgrade", "Content-Length",
        "Expect", "Proxy-Authorization", "Proxy-Connection", ":authority",
    };

    private static readonly ProductInfoHeaderValue UserAgent = new("ScriptHost-Function", "1.0");

    /// <summary>True when <paramref name="method"/> is one a function may send.</summary>
    public static bool IsAllowedMethod(string method) => AllowedMethods.Contains(method);

    /// <summary>Builds the request; throws <see cref="ArgumentException"/> for a header a function may not set or cannot set.</summary>
    public static HttpRequestMessage Create(Uri url, string method, IReadOnlyList<KeyValuePair<string, string>> headers, string? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url);
        try
        {
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8);
                request.Content.Headers.ContentType = null;
            }

            foreach (var (name, value) in headers)
            {
                AddHeader(request, name, value);
            }

            if (request.Content is { Headers.ContentType: null })
            {
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
            }

            if (request.Headers.UserAgent.Count == 0)
            {
                request.Headers.UserAgent.Add(UserAgent);
            }

            return request;
        }
        catch
        {
            request.Dispose();
            throw;
        }
    }

    private static void AddHeader(HttpRequestMessage request, string name, string value)
    {
        if (HostControlledHeaders.Contains(name) || name.StartsWith("Proxy-", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The '{name}' header is set by the host and cannot be set by a function.", nameof(request));
        }

        // Line breaks would let a value smuggle further headers or a second request onto the connection.
        if (value.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0)
        {
            throw new ArgumentException($"The value of the '{name}' header contains a line break or NUL.", nameof(request));
        }

        var added = request.Headers.TryAddWithoutValidation(name, value)
            || (request.Content?.Headers.TryAddWithoutValidation(name, value) ?? false);
        if (!added)
        {
            var reason = request.Content is null && IsContentHeader(name) ? " (it describes a body, and the request has none)" : string.Empty;
            throw new ArgumentException($"The header '{name}' cannot be sent{reason}.", nameof(request));
        }
    }

    private static bool IsContentHeader(string name) => name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase);
}
