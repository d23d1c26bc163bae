namespace ScriptHost.Functions;

/// <summary>
/// The requests <see cref="IOutboundHttp"/>'s helpers stand for, built in one place for every implementation (the
/// host's egress client and the worker's forwarder) so <c>GetAsync</c>/<c>PostJsonAsync</c>/<c>PostFormAsync</c>
/// send the same bytes wherever a function runs.
/// </summary>
internal static class OutboundHttpRequests
{
    public static HttpCall Get(string url) => new() { Url = url };

    public static HttpCall PostJson(string url, string json) => new()
    {
        Method = "POST",
        Url = url,
        Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json; charset=utf-8" },
        Body = json,
    };

    public static HttpCall PostForm(string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new HttpCall
        {
            Method = "POST",
            Url = url,
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded" },
            Body = string.Join('&', form.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value))),
        };
    }
}
