using Twilio.Clients;
using Twilio.Http;

namespace ScriptHost.Functions.TwilioLibrary;

/// <summary>
/// Builds the Twilio library's REST client for one invocation, over the invocation's <see cref="IOutboundHttp"/>:
/// <c>TwilioRestClient</c> → <c>SystemNetHttpClient</c> → <see cref="System.Net.Http.HttpClient"/> →
/// <see cref="OutboundHttpMessageHandler"/> → the function's egress.
/// </summary>
internal static class TwilioClientFactory
{
    /// <summary>Creates the client.</summary>
    /// <param name="username">The account SID, or an API key SID.</param>
    /// <param name="password">The auth token, or the API key's secret.</param>
    /// <param name="accountSid">The account the client addresses.</param>
    /// <param name="baseUrl">Scheme, host and optional port every Twilio request goes to instead (a mock server), or null.</param>
    /// <param name="http">The invocation's outbound HTTP.</param>
    /// <param name="cancellation">The invocation's cancellation.</param>
    /// <exception cref="ArgumentException"><paramref name="baseUrl"/> is not a scheme, host and optional port.</exception>
    public static ITwilioRestClient Create(string username, string password, string accountSid, string? baseUrl, IOutboundHttp http, CancellationToken cancellation)
    {
        var handler = new OutboundHttpMessageHandler(http, baseUrl is null ? null : ParseBaseUrl(baseUrl), cancellation);

        // No timeout of HttpClient's own: the invocation's time limit and the egress' per-call limit bound every call.
        var httpClient = new System.Net.Http.HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        return new TwilioRestClient(username, password, accountSid, httpClient: new SystemNetHttpClient(httpClient))
        {
            // The library reads TWILIO_LOG_LEVEL from the process and, at "debug", writes every request to the
            // console: the host's console in-process. Functions log through Log.
            LogLevel = null,
        };
    }

    private static Uri ParseBaseUrl(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var url)
            || url.Scheme is not ("http" or "https")
            || url.PathAndQuery is not ("/" or "")
            || url.Fragment.Length > 0
            || !string.IsNullOrEmpty(url.UserInfo))
        {
            throw new ArgumentException($"The Twilio base URL must be a scheme, host and optional port, such as https://api.twilio.com; '{baseUrl}' is not.", nameof(baseUrl));
        }

        return url;
    }
}
