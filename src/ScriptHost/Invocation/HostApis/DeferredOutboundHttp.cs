using ScriptHost.Egress;
using ScriptHost.Functions;
using ScriptHost.Serving;

namespace ScriptHost.Invocation.HostApis;

/// <summary>
/// A function's <c>Http</c>, built on first use: most invocations never call out, so they should not pay for building
/// an egress policy from the service's allowlist.
/// </summary>
internal sealed class DeferredOutboundHttp(EgressHttpClientFactory factory, ServiceState service, CancellationToken cancellation) : IOutboundHttp
{
    private EgressHttpClient? _client;

    private EgressHttpClient Client => _client ??= factory.Create(service.Settings.EgressAllowedHosts, cancellation);

    public Task<HttpResult> SendAsync(HttpCall request) => Client.SendAsync(request);

    public Task<HttpResult> GetAsync(string url) => Client.GetAsync(url);

    public Task<HttpResult> PostJsonAsync(string url, string json) => Client.PostJsonAsync(url, json);

    public Task<HttpResult> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> form) => Client.PostFormAsync(url, form);
}
