using System.Net;
using System.Runtime.ExceptionServices;
using System.Text;
using ScriptHost.Functions;

namespace ScriptHost.Egress;

/// <summary>
/// A function's outbound HTTP for one invocation: its service's <see cref="EgressPolicy"/>, the invocation's
/// cancellation and the shared <see cref="EgressTransport"/>. Redirects are followed here, at most
/// <see cref="EgressLimits.MaxRedirects"/>, and every hop is checked again as if the function had asked for it.
/// Created per invocation by <see cref="EgressHttpClientFactory"/>.
/// </summary>
internal sealed class EgressHttpClient : IOutboundHttp
{
    private static readonly HashSet<string> CredentialHeaders = new(StringComparer.OrdinalIgnoreCase) { "Authorization", "Cookie" };

    private readonly EgressTransport _transport;
    private readonly EgressPolicy _policy;
    private readonly EgressLimits _limits;
    private readonly CancellationToken _cancellation;

    public EgressHttpClient(EgressTransport transport, EgressPolicy policy, EgressLimits limits, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(limits);
        _transport = transport;
        _policy = policy;
        _limits = limits;
        _cancellation = cancellation;
    }

    public Task<HttpResult> GetAsync(string url) => SendAsync(OutboundHttpRequests.Get(url));

    public Task<HttpResult> PostJsonAsync(string url, string json) => SendAsync(OutboundHttpRequests.PostJson(url, json));

    public Task<HttpResult> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> form) => SendAsync(OutboundHttpRequests.PostForm(url, form));

    public async Task<HttpResult> SendAsync(HttpCall request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url))
        {
            throw new ArgumentException($"'{request.Url}' is not an absolute http or https URL.", nameof(request));
        }

        if (!OutboundRequestBuilder.IsAllowedMethod(request.Method))
        {
            throw new ArgumentException($"The method '{request.Method}' is not supported.", nameof(request));
        }

        if (request.Body is not null && Encoding.UTF8.GetByteCount(request.Body) > _limits.MaxRequestBytes)
        {
            throw new EgressDeniedException(url.IdnHost, null, $"the request body is larger than the {_limits.MaxRequestBytes / 1024} KB limit");
        }

        _cancellation.ThrowIfCancellationRequested();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_cancellation);
        timeout.CancelAfter(_limits.RequestTimeout);
        try
        {
            return await FollowAsync(url, request.Method, [.. request.Headers], request.Body, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (_cancellation.IsCancellationRequested)
        {
            throw new OperationCanceledException("The invocation was cancelled while an outbound HTTP call was in progress.", e, _cancellation);
        }
        catch (OperationCanceledException e) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"Outbound HTTP to '{url.IdnHost}' did not complete within {_limits.RequestTimeout.TotalSeconds:0} seconds.", e);
        }
    }

    private async Task<HttpResult> FollowAsync(Uri url, string method, List<KeyValuePair<string, string>> headers, string? body, CancellationToken cancellationToken)
    {
        for (var redirects = 0; ; redirects++)
        {
            _policy.CheckUrl(url);
            using var message = OutboundRequestBuilder.Create(url, method, headers, body);
            using var response = await SendHopAsync(message, cancellationToken).ConfigureAwait(false);

            if (!IsRedirect(response.StatusCode) || response.Headers.Location is not { } location)
            {
                return await OutboundResponseReader.ReadAsync(response, url.IdnHost, _limits.MaxResponseBytes, cancellationToken).ConfigureAwait(false);
            }

            var next = new Uri(url, location);
            if (redirects == _limits.MaxRedirects)
            {
                throw new EgressDeniedException(url.IdnHost, null, $"it redirected more than {_limits.MaxRedirects} times");
            }

            // As browsers and HttpClient do: never downgrade to plain text, never carry credentials to another origin.
            if (url.Scheme == Uri.UriSchemeHttps && next.Scheme == Uri.UriSchemeHttp)
            {
                throw new EgressDeniedException(next.IdnHost, null, "a redirect from https to http is not followed");
            }

            if (Uri.Compare(url, next, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) != 0)
            {
                headers = headers.Where(h => !CredentialHeaders.Contains(h.Key)).ToList();
            }

            if (ChangesToGet(response.StatusCode, method))
            {
                method = "GET";
                body = null;
                headers = headers.Where(h => !h.Key.StartsWith("Content-", StringComparison.OrdinalIgnoreCase)).ToList();
            }

            url = next;
        }
    }

    private async Task<HttpResponseMessage> SendHopAsync(HttpRequestMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return await _transport.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e) when (FindDenial(e) is { } denial)
        {
            // The connect step refused the address; the function should see that refusal, not a transport error.
            ExceptionDispatchInfo.Throw(denial);
            throw;
        }
        catch (HttpRequestException e)
        {
            // Functions cannot name System.Net types; they catch the function API's own exception instead.
            throw new OutboundHttpException(message.RequestUri?.Host ?? string.Empty, e.Message, e);
        }
    }

    private static EgressDeniedException? FindDenial(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is EgressDeniedException denial)
            {
                return denial;
            }
        }

        return null;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is
        HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
        or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    // 303 always becomes GET; 301 and 302 turn POST into GET as every client does. 307 and 308 keep method and body.
    private static bool ChangesToGet(HttpStatusCode status, string method) =>
        (status == HttpStatusCode.SeeOther && !method.Equals("HEAD", StringComparison.OrdinalIgnoreCase))
        || (status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found && method.Equals("POST", StringComparison.OrdinalIgnoreCase));
}
