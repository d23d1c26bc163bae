using System.Net;
using System.Net.Http.Headers;

namespace ScriptHost.Functions.TwilioLibrary;

/// <summary>
/// The bottom of the Twilio client a function gets: turns each request the library's <c>SystemNetHttpClient</c> builds
/// into one <see cref="IOutboundHttp.SendAsync"/> call (the function's own egress: allowlist, address checks, size and
/// time limits), so the library never opens a connection itself. The library passes no cancellation token, so the
/// invocation's is observed here: a hung endpoint, sync call or async, returns when the invocation runs out of time.
/// </summary>
internal sealed class OutboundHttpMessageHandler(IOutboundHttp http, Uri? baseUrl, CancellationToken invocation) : HttpMessageHandler
{
    // Set by the host's transport (and refused from functions), never copied from the library's request.
    private static readonly HashSet<string> HostHeaders = new(StringComparer.OrdinalIgnoreCase) { "Content-Length", "Host" };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, invocation);
        var token = linked.Token;
        if (invocation.IsCancellationRequested)
        {
            throw new TimeoutException("The invocation ran out of time before the request to Twilio was sent.");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Copy(request.Headers.NonValidated, headers);
        if (request.Content is not null)
        {
            Copy(request.Content.Headers.NonValidated, headers);
        }

        var call = new HttpCall
        {
            Method = request.Method.Method,
            Url = Target(request.RequestUri ?? throw new InvalidOperationException("The Twilio library sent a request without a URL.")),
            Headers = headers,
            Body = request.Content is null ? null : await request.Content.ReadAsStringAsync(token).ConfigureAwait(false),
        };

        HttpResult result;
        try
        {
            // The host's transports observe the invocation themselves; WaitAsync also stops waiting on one that does not.
            result = await http.SendAsync(call).WaitAsync(token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (invocation.CanBeCanceled && !cancellationToken.IsCancellationRequested)
        {
            // Only the invocation's end cancels a call here (the egress reports its own per-call timeout as a
            // TimeoutException). In a worker, the host's word that the invocation is over can arrive just before the
            // worker's own timer says so: wait for that (it fires by the time limit), so the function ends with its
            // time limit rather than a connection error of its own. A TimeoutException, not a cancellation: HttpClient
            // would report a cancellation it did not ask for as its own timeout elapsing.
            await Task.Delay(Timeout.Infinite, invocation).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw new TimeoutException("The invocation ran out of time while waiting for Twilio's answer.", e);
        }

        var response = new HttpResponseMessage((HttpStatusCode)result.StatusCode) { RequestMessage = request, Content = new StringContent(result.Body) };
        response.Content.Headers.Clear();
        foreach (var (name, value) in result.Headers)
        {
            if (!response.Headers.TryAddWithoutValidation(name, value))
            {
                response.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return response;
    }

    private static void Copy(HttpHeadersNonValidated from, Dictionary<string, string> to)
    {
        foreach (var (name, values) in from)
        {
            if (!HostHeaders.Contains(name))
            {
                to[name] = values.ToString();
            }
        }
    }

    /// <summary>
    /// The URL to call: the library's own, or, when the service points the client elsewhere (a mock server), the same
    /// path and query on that base URL. Only Twilio's hosts are rewritten: the library addresses every product at
    /// <c>https://{product}[.{edge}.{region}].twilio.com</c>.
    /// </summary>
    private string Target(Uri url)
    {
        if (baseUrl is null || url.Scheme != Uri.UriSchemeHttps || !IsTwilioHost(url.IdnHost))
        {
            return url.AbsoluteUri;
        }

        return baseUrl.GetLeftPart(UriPartial.Authority) + url.PathAndQuery;
    }

    private static bool IsTwilioHost(string host) =>
        host.Equals("twilio.com", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".twilio.com", StringComparison.OrdinalIgnoreCase);
}
