using ScriptHost.Functions;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary;

/// <summary>A fake transport: records each call and answers with <paramref name="respond"/>.</summary>
internal sealed class RecordingOutboundHttp(Func<HttpCall, Task<HttpResult>> respond) : IOutboundHttp
{
    public RecordingOutboundHttp(int status, string body)
        : this(_ => Task.FromResult(Result(status, body)))
    {
    }

    public List<HttpCall> Calls { get; } = [];

    public static HttpResult Result(int status, string body) =>
        new(status, new Dictionary<string, string> { ["content-type"] = "application/json" }, body);

    public Task<HttpResult> SendAsync(HttpCall request)
    {
        Calls.Add(request);
        return respond(request);
    }

    public Task<HttpResult> GetAsync(string url) => SendAsync(new HttpCall { Url = url });

    public Task<HttpResult> PostJsonAsync(string url, string json) => throw new NotSupportedException();

    public Task<HttpResult> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> form) => throw new NotSupportedException();
}
