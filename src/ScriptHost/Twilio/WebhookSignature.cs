using Microsoft.Extensions.Primitives;
using ScriptHost.Functions.TwilioLibrary;

namespace ScriptHost.Twilio;

/// <summary>
/// Checks <c>X-Twilio-Signature</c> on requests to protected functions and protected assets, keyed with the service's
/// <c>TWILIO_AUTH_TOKEN</c> variable, over the public URL Twilio called, with the Twilio library's request validator
/// (<see cref="TwilioSignatureCheck"/>). Returns why a request is refused, or null when it is genuine. Takes what it
/// checks as plain values (variables, URL, body), so it depends on nothing of the request path that calls it.
/// </summary>
internal static class WebhookSignature
{
    public const string AuthTokenVariable = "TWILIO_AUTH_TOKEN";
    public const string HeaderName = "X-Twilio-Signature";

    /// <summary>
    /// Why a request cannot be genuine before its body is even read (no auth token to check with, no signature), or
    /// null when its signature is worth checking.
    /// </summary>
    public static string? CheckPresent(HttpRequest request, IReadOnlyDictionary<string, string> variables) => Unverifiable(request, variables, out _);

    /// <summary>
    /// Checks the signature over <paramref name="url"/> (the public URL the caller used) and the body as read: its
    /// raw text when it is JSON (<paramref name="jsonBody"/>), else its form parameters.
    /// </summary>
    public static string? Check(
        HttpRequest request,
        IReadOnlyDictionary<string, string> variables,
        string url,
        string? jsonBody,
        IEnumerable<KeyValuePair<string, StringValues>> formParameters)
    {
        if (Unverifiable(request, variables, out var authToken) is { } refusal)
        {
            return refusal;
        }

        var signature = request.Headers[HeaderName].ToString();
        var genuine = jsonBody is not null
            ? TwilioSignatureCheck.IsGenuine(authToken, url, jsonBody, signature)
            : TwilioSignatureCheck.IsGenuine(authToken, url, FormPairs(formParameters), signature);
        return genuine ? null : $"The {HeaderName} header does not match this request.";
    }

    private static string? Unverifiable(HttpRequest request, IReadOnlyDictionary<string, string> variables, out string authToken)
    {
        if (!variables.TryGetValue(AuthTokenVariable, out authToken!) || authToken.Length == 0)
        {
            return $"This URL is protected and its service has no {AuthTokenVariable} variable to check signatures with.";
        }

        return request.Headers[HeaderName].ToString().Length == 0
            ? $"This URL is protected: the request carries no {HeaderName} header."
            : null;
    }

    private static IEnumerable<KeyValuePair<string, string>> FormPairs(IEnumerable<KeyValuePair<string, StringValues>> parameters) =>
        parameters.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? string.Empty)));
}
