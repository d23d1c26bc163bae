namespace Twilio.Rest.Internal;

/// <summary>One call to the REST API: method, path with query (relative to the base URL) and, for POST, the form.</summary>
internal sealed record TwilioRequest(string Method, string PathAndQuery, IReadOnlyList<KeyValuePair<string, string>>? Form = null)
{
    public static TwilioRequest Get(string path, TwilioParameters? query = null) =>
        new("GET", query is { Count: > 0 } ? path + "?" + TwilioParameters.Encode(query) : path);

    public static TwilioRequest Post(string path, TwilioParameters form) => new("POST", path, form);
}
