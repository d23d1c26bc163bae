using ScriptHost.Configuration;
using ScriptHost.Functions;
using ScriptHost.Invocation;
using Twilio.Security;

namespace ScriptHost.Twilio;

/// <summary>
/// Checks <c>X-Twilio-Signature</c> on requests to protected functions, keyed with the service's
/// <c>TWILIO_AUTH_TOKEN</c> variable, over the public URL Twilio called (configured or from trusted proxies only).
/// Returns why a request is refused, or null when it is genuine.
/// </summary>
internal static class WebhookSignature
{
    public const string AuthTokenVariable = "TWILIO_AUTH_TOKEN";
    public const string HeaderName = "X-Twilio-Signature";

    public static string? Check(HttpRequest request, IncomingRequest incoming, ServiceState service, ScriptHostOptions options)
    {
        if (!service.Environment.TryGetValue(AuthTokenVariable, out var authToken) || authToken.Length == 0)
        {
            return $"This function is protected and its service has no {AuthTokenVariable} variable to check signatures with.";
        }

        var signature = request.Headers[HeaderName].ToString();
        if (signature.Length == 0)
        {
            return $"This function is protected: the request carries no {HeaderName} header.";
        }

        var url = PublicUrl.Of(request, options);
        var validator = new RequestValidator(authToken);
        var genuine = incoming.BodyIsJson
            ? validator.Validate(url, System.Text.Encoding.UTF8.GetString(incoming.Body), signature)
            : validator.Validate(url, FormPairs(incoming), signature);
        return genuine ? null : $"The {HeaderName} header does not match this request.";
    }

    private static IEnumerable<KeyValuePair<string, string>> FormPairs(IncomingRequest incoming) =>
        incoming.BodyParameters.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? string.Empty)));
}
