using ScriptHost.Functions;
using ScriptHost.Worker.Protocol.Messages;

namespace ScriptHost.Worker.HostApis;

/// <summary>
/// A function's <c>Http</c> in a worker, which has no network: every request is sent by the host, through the
/// service's egress policy, exactly as for an in-process function.
/// </summary>
internal sealed class RemoteOutboundHttp(HostApiClient host, long invocationId, CancellationToken cancellation) : IOutboundHttp
{
    public async Task<HttpResult> SendAsync(HttpCall request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = new HttpSend(request.Method, request.Url, new Dictionary<string, string>(request.Headers, StringComparer.OrdinalIgnoreCase), request.Body);
        var answer = await host.CallAsync<HttpValue>(invocationId, call, cancellation).ConfigureAwait(false);
        return new HttpResult(answer.StatusCode, answer.Headers, answer.Body);
    }

    public Task<HttpResult> GetAsync(string url) => SendAsync(OutboundHttpRequests.Get(url));

    public Task<HttpResult> PostJsonAsync(string url, string json) => SendAsync(OutboundHttpRequests.PostJson(url, json));

    public Task<HttpResult> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> form) => SendAsync(OutboundHttpRequests.PostForm(url, form));
}
