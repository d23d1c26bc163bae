using ScriptHost.Configuration;
using ScriptHost.Functions;
using ScriptHost.Invocation;

namespace ScriptHost.Twilio;

/// <summary>
/// Checks <c>X-Twilio-Signature</c> on requests to protected functions, keyed with the service's
/// <c>TWILIO_AUTH_TOKEN</c> variable. Returns why a request is refused, or null when it is genuine.
/// </summary>
internal static class WebhookSignature
{
    public const string AuthTokenVariable = "TWILIO_AUTH_TOKEN";

    public static string? Check(HttpRequest request, IncomingRequest incoming, ServiceState service, ScriptHostOptions options)
    {
        _ = incoming;
        _ = options;
        if (!service.Environment.ContainsKey(AuthTokenVariable))
        {
            return $"This function is protected and its service has no {AuthTokenVariable} variable to check signatures with.";
        }

        if (string.IsNullOrEmpty(request.Headers["X-Twilio-Signature"]))
        {
            return "This function is protected: the request carries no X-Twilio-Signature.";
        }

        // PLACEHOLDER until the Twilio request validator lands: a signature is never accepted yet.
        return "The X-Twilio-Signature is not valid for this request.";
    }
}
