namespace Twilio.Http;

/// <summary>
/// An HTTP method as Twilio's TwiML attributes take it (<c>method="POST"</c>). Mirrors Twilio's own type so
/// snippets written for Twilio's C# library compile unchanged.
/// </summary>
public class HttpMethod : IEquatable<HttpMethod>
{
    private readonly string _method;

    /// <summary>GET.</summary>
    public static readonly HttpMethod Get = new("GET");

    /// <summary>POST.</summary>
    public static readonly HttpMethod Post = new("POST");

    /// <summary>PATCH.</summary>
    public static readonly HttpMethod Patch = new("PATCH");

    /// <summary>PUT.</summary>
    public static readonly HttpMethod Put = new("PUT");

    /// <summary>DELETE.</summary>
    public static readonly HttpMethod Delete = new("DELETE");

    /// <summary>Creates a method from its name, upper-cased as HTTP writes it.</summary>
    /// <param name="method">The method name, for example <c>POST</c>.</param>
    public HttpMethod(string method)
    {
        ArgumentNullException.ThrowIfNull(method);
        _method = method.ToUpperInvariant();
    }

    /// <summary>Converts a method name to a method.</summary>
    /// <param name="method">The method name, for example <c>POST</c>.</param>
    public static implicit operator HttpMethod(string method) => new(method);

    /// <summary>Converts a method name to a method.</summary>
    /// <param name="method">The method name, for example <c>POST</c>.</param>
    public static HttpMethod FromString(string method) => new(method);

    /// <summary>Returns the method name, for example <c>POST</c>.</summary>
    public override string ToString() => _method;

    /// <summary>Two methods are equal when their names are equal.</summary>
    /// <param name="other">The method to compare with.</param>
    public bool Equals(HttpMethod? other) => other is not null && string.Equals(other._method, _method, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HttpMethod);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_method);
}
