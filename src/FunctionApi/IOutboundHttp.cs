namespace ScriptHost.Functions;

/// <summary>
/// Outbound HTTP through the host's egress policy: only hosts on the service's allowlist, never loopback, link-local,
/// private or metadata addresses (checked after DNS resolution and on every redirect). Observes the invocation's
/// cancellation and time limit.
/// </summary>
public interface IOutboundHttp
{
    /// <summary>Sends <paramref name="request"/> and reads the whole response.</summary>
    Task<HttpResult> SendAsync(HttpCall request);

    /// <summary>GET <paramref name="url"/>.</summary>
    Task<HttpResult> GetAsync(string url);

    /// <summary>POST <paramref name="json"/> (already serialized) to <paramref name="url"/> as application/json.</summary>
    Task<HttpResult> PostJsonAsync(string url, string json);

    /// <summary>POST <paramref name="form"/> to <paramref name="url"/> as application/x-www-form-urlencoded.</summary>
    Task<HttpResult> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> form);
}

/// <summary>An outbound request.</summary>
public sealed class HttpCall
{
    /// <summary>GET, POST, PUT, PATCH, DELETE.</summary>
    public string Method { get; init; } = "GET";

    /// <summary>Absolute http or https URL.</summary>
    public required string Url { get; init; }

    /// <summary>Request headers (Content-Type goes here too).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>The body as text, or null for none.</summary>
    public string? Body { get; init; }
}

/// <summary>An outbound response, read whole.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Headers">Response headers by lower-cased name (repeated values joined with ", ").</param>
/// <param name="Body">The body as text.</param>
public sealed record HttpResult(int StatusCode, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>True for 2xx.</summary>
    public bool IsSuccess => StatusCode is >= 200 and < 300;
}
