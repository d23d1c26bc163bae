using ScriptHost.Functions;

namespace ScriptHost.Invocation.HostApis;

/// <summary>PLACEHOLDER until the egress client lands: every outbound call is refused.</summary>
internal sealed class UnavailableOutboundHttp : IOutboundHttp
{
    public static UnavailableOutboundHttp Instance { get; } = new();

    public Task<HttpResult> SendAsync(HttpCall request) => throw Refused();

    public Task<HttpResult> GetAsync(string url) => throw Refused();

    public Task<HttpResult> PostJsonAsync(string url, string json) => throw Refused();

    public Task<HttpResult> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> form) => throw Refused();

    private static InvalidOperationException Refused() => new("Outbound HTTP is not available on this host yet.");
}
