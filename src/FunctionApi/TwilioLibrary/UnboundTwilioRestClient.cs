using Twilio.Clients;
using TwilioHttpClient = Twilio.Http.HttpClient;
using TwilioRequest = Twilio.Http.Request;
using TwilioResponse = Twilio.Http.Response;

namespace ScriptHost.Functions.TwilioLibrary;

/// <summary>
/// The library's process-wide client (<c>TwilioClient.SetRestClient</c>), which a resource call without <c>client:</c>
/// falls back to: it belongs to no function, so it refuses every use instead of building one of the library's own
/// defaults (which would hold another tenant's credentials, or open connections past the egress policy).
/// </summary>
internal sealed class UnboundTwilioRestClient : ITwilioRestClient
{
    public const string Message = "Twilio calls in functions need their client: pass `client: Context.GetTwilioClient()`.";

    public string AccountSid => throw Refusal();

    public string Region => throw Refusal();

    public TwilioHttpClient HttpClient => throw Refusal();

    public TwilioResponse Request(TwilioRequest request) => throw Refusal();

    public Task<TwilioResponse> RequestAsync(TwilioRequest request) => throw Refusal();

    private static InvalidOperationException Refusal() => new(Message);
}
