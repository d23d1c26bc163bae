using ScriptHost.Configuration;
using ScriptHost.Functions;
using ScriptHost.Functions.TwilioLibrary;
using ScriptHost.Invocation;

namespace ScriptHost.Twilio;

/// <summary>
/// Checks <c>X-Twilio-Signature</c> on requests to protected functions, keyed with the service's
/// <c>TWILIO_AUTH_TOKEN</c> variable, over the public URL Twilio called (configured or from trusted proxies only), with
/// the Twilio library's request validator (<see cref="TwilioSignatureCheck"/>). Returns why a request is refused, or
/// null when it is genuine.
/// </summary>
internal static class WebhookSignature
{
    public const string AuthTokenVariable = "TWILIO_AUTH_TOKEN";
    public const string HeaderName = "X-Twilio-Signature";

    /// <summary>
    /// Why a request cannot be genuine before its body is even read (no auth token to check with, no signature), or
    /// null when its signature is worth checking.
    /// </summary>
    public static string? CheckPresent(HttpRequest request, ServiceState service) => Unverifiable(request, service, out _);

    public static string? Check(HttpRequest request, IncomingRequest incoming, ServiceState service, ScriptHostOptions options)
    {
        if (Unverifiable(request, service, out var authToken) is { } refusal)
        {
            return refusal;
        }

        var signature = request.Headers[HeaderName].ToString();
        var url = PublicUrl.Of(request, options);
        var genuine = incoming.BodyIsJson
            ? TwilioSignatureCheck.IsGenuine(authToken, url, System.Text.Encoding.UTF8.GetString(incoming.Body), signature)
            : TwilioSignatureCheck.IsGenuine(authToken, url, FormPairs(incoming), signature);
        return genuine ? null : $"The {HeaderName} header does not match this request.";
    }

    private static string? Unverifiable(HttpRequest request, ServiceState service, out string authToken)
    {
        if (!service.Environment.TryGetValue(AuthTokenVariable, out authToken!) || authToken.Length == 0)
        {
            return $"This function is protected and its service has no {AuthTokenVariable} variable to check signatures with.";
        }

        return request.Headers[HeaderName].ToString().Length == 0
            ? $"This function is protected: the request carries no {HeaderName} header."
            : null;
    }

    private static IEnumerable<KeyValuePair<string, string>> FormPairs(IncomingRequest incoming) =>
        incoming.BodyParameters.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? string.Empty)));
}
