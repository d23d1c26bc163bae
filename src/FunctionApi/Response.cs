namespace ScriptHost.Functions;

/// <summary>
/// A response built by the function, as Twilio Functions' <c>Twilio.Response</c>: status, repeated headers, cookies
/// with attributes, and a text, JSON or binary body. Return it from the function.
/// </summary>
public sealed class Response
{
    private readonly List<KeyValuePair<string, string>> _headers = [];
    private readonly List<ResponseCookie> _cookies = [];

    /// <summary>The HTTP status (200 by default).</summary>
    public int StatusCode { get; set; } = 200;

    /// <summary>The headers, in the order appended; a name may repeat.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers => _headers;

    /// <summary>The cookies to set or remove.</summary>
    public IReadOnlyList<ResponseCookie> Cookies => _cookies;

    /// <summary>The body: a string, a byte array, or any other object (sent as JSON); null for none.</summary>
    public object? Body { get; private set; }

    /// <summary>Sets the status code.</summary>
    public Response SetStatusCode(int statusCode)
    {
        StatusCode = statusCode;
        return this;
    }

    /// <summary>Adds a header, keeping earlier values of the same name.</summary>
    public Response AppendHeader(string name, string value)
    {
        _headers.Add(new(name, value));
        return this;
    }

    /// <summary>Adds each header.</summary>
    public Response SetHeaders(IEnumerable<KeyValuePair<string, string>> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        foreach (var header in headers)
        {
            _headers.Add(header);
        }

        return this;
    }

    /// <summary>Sets the body: text as is (text/plain unless a Content-Type header says otherwise), bytes as is, anything else as JSON.</summary>
    public Response SetBody(object? body)
    {
        Body = body;
        return this;
    }

    /// <summary>Sets a cookie.</summary>
    public Response SetCookie(string name, string value, CookieOptions? options = null)
    {
        _cookies.Add(new ResponseCookie(name, value, options ?? new CookieOptions(), Remove: false));
        return this;
    }

    /// <summary>Removes a cookie from the client (expires it).</summary>
    public Response RemoveCookie(string name)
    {
        _cookies.Add(new ResponseCookie(name, string.Empty, new CookieOptions(), Remove: true));
        return this;
    }
}

/// <summary>A cookie a <see cref="Response"/> sets or removes.</summary>
/// <param name="Name">The cookie's name.</param>
/// <param name="Value">Its value.</param>
/// <param name="Options">Its attributes.</param>
/// <param name="Remove">True when the cookie is to be expired.</param>
public sealed record ResponseCookie(string Name, string Value, CookieOptions Options, bool Remove);

/// <summary>Cookie attributes.</summary>
public sealed class CookieOptions
{
    /// <summary>Lifetime from now; session cookie when null.</summary>
    public TimeSpan? MaxAge { get; init; }

    /// <summary>The Path attribute.</summary>
    public string? Path { get; init; }

    /// <summary>The Domain attribute.</summary>
    public string? Domain { get; init; }

    /// <summary>Secure: only over HTTPS.</summary>
    public bool Secure { get; init; }

    /// <summary>HttpOnly: not visible to scripts in the browser.</summary>
    public bool HttpOnly { get; init; }

    /// <summary>SameSite: "Strict", "Lax" or "None"; unset when null.</summary>
    public string? SameSite { get; init; }
}
