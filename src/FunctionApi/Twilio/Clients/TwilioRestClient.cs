using System.Text;
using System.Text.Json;
using ScriptHost.Functions;
using Twilio.Exceptions;
using Twilio.Rest.Internal;

namespace Twilio.Clients;

/// <summary>
/// Talks to Twilio's REST API (<c>/2010-04-01/Accounts/{AccountSid}/...</c>) with HTTP Basic credentials, through the
/// function's <see cref="IOutboundHttp"/>, so the host's egress policy, cancellation and time limit apply to every call.
/// Functions usually get one from <see cref="FunctionContext.GetTwilioClient"/> and pass it as <c>client:</c> to
/// resources such as <c>MessageResource.CreateAsync</c>; there is deliberately no process-wide default client.
/// </summary>
public sealed class TwilioRestClient
{
    /// <summary>Twilio's public API host, used when no base URL is given.</summary>
    public const string DefaultBaseUrl = "https://api.twilio.com";

    private readonly IOutboundHttp _http;
    private readonly string _authorization;
    private readonly CancellationToken _cancellation;

    /// <summary>Creates a client for an account.</summary>
    /// <param name="username">The account SID (<c>AC...</c>) with its auth token, or an API key SID (<c>SK...</c>) with its secret.</param>
    /// <param name="password">The auth token, or the API key's secret.</param>
    /// <param name="http">The transport; inside a function, the function's <c>Http</c>.</param>
    /// <param name="accountSid">The account whose resources are addressed; required with an API key, else the username.</param>
    /// <param name="baseUrl">Scheme, host and optional port of the API, e.g. a mock server; <see cref="DefaultBaseUrl"/> when null.</param>
    /// <param name="cancellation">Cancels every call of this client, e.g. the invocation's token.</param>
    public TwilioRestClient(
        string username,
        string password,
        IOutboundHttp http,
        string? accountSid = null,
        string? baseUrl = null,
        CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        ArgumentException.ThrowIfNullOrEmpty(password);
        ArgumentNullException.ThrowIfNull(http);
        if (string.IsNullOrWhiteSpace(accountSid) && !username.StartsWith("AC", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"'{username}' is not an account SID (AC...); with an API key (SK...) pass the account SID as accountSid.",
                nameof(accountSid));
        }

        Username = username;
        AccountSid = string.IsNullOrWhiteSpace(accountSid) ? username : accountSid;
        BaseUrl = ParseBaseUrl(baseUrl ?? DefaultBaseUrl);
        _http = http;
        _authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(username + ":" + password));
        _cancellation = cancellation;
    }

    /// <summary>The account whose resources the client addresses by default.</summary>
    public string AccountSid { get; }

    /// <summary>The user the client authenticates as: the account SID or an API key SID.</summary>
    public string Username { get; }

    /// <summary>The API's scheme, host and port, without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>
    /// Sends one request and returns the parsed JSON of a 2xx answer; any other answer becomes a
    /// <see cref="TwilioApiException"/>.
    /// </summary>
    internal async Task<JsonElement> SendAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        using var linked = _cancellation.CanBeCanceled && cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(_cancellation, cancellationToken)
            : null;
        var token = linked?.Token ?? (cancellationToken.CanBeCanceled ? cancellationToken : _cancellation);
        token.ThrowIfCancellationRequested();

        var headers = new Dictionary<string, string>
        {
            ["Authorization"] = _authorization,
            ["Accept"] = "application/json",
        };
        string? body = null;
        if (request.Form is { } form)
        {
            headers["Content-Type"] = "application/x-www-form-urlencoded";
            body = TwilioParameters.Encode(form);
        }

        var call = new HttpCall { Method = request.Method, Url = BaseUrl + request.PathAndQuery, Headers = headers, Body = body };

        // The host's transport already observes the invocation; WaitAsync also stops waiting on one that does not.
        var result = await _http.SendAsync(call).WaitAsync(token).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            throw TwilioApiException.FromResponse(result.StatusCode, result.Body);
        }

        try
        {
            using var document = JsonDocument.Parse(result.Body);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new TwilioApiException(null, $"Twilio answered HTTP {result.StatusCode} with a body that is not JSON.", null, result.StatusCode, e);
        }
    }

    /// <summary>Turns a page URI Twilio returned (relative to the API host) into a request on this client's base URL.</summary>
    internal static string PathAndQueryOf(string pageUri)
    {
        // Only the path and query are kept: credentials never follow a link to a host other than the configured one.
        return Uri.TryCreate(pageUri, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.PathAndQuery
            : pageUri.StartsWith('/') ? pageUri : "/" + pageUri;
    }

    private static string ParseBaseUrl(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var url)
            || url.Scheme is not ("http" or "https")
            || url.PathAndQuery is not ("/" or "")
            || !string.IsNullOrEmpty(url.UserInfo))
        {
            throw new ArgumentException($"The Twilio base URL must be a scheme, host and optional port, such as {DefaultBaseUrl}; '{baseUrl}' is not.", nameof(baseUrl));
        }

        return url.GetLeftPart(UriPartial.Authority);
    }
}
