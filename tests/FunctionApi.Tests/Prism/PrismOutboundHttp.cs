using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using ScriptHost.Functions;

namespace ScriptHost.FunctionApi.Tests.Prism;

/// <summary>
/// The Twilio client's transport in the Prism tests: each request goes to the Prism serving the spec of its host
/// (<c>api.twilio.com</c> → v2010, <c>verify.twilio.com</c> → Verify v2, <c>lookups.twilio.com</c> → Lookups v2; a request
/// already addressed to one Prism's base URL goes to that one), over plain HttpClient (the host's egress client refuses
/// loopback by design), recording every exchange. A host no Prism serves is an error, never a pass. It bends the wire
/// format in two documented places, both Prism's limits rather than the client's:
/// <list type="bullet">
/// <item>Prism reads a repeated form key (<c>MediaUrl=a&amp;MediaUrl=b</c>, which Twilio's API and libraries use) as a
/// single value and then rejects it as "must be array" (stoplightio/prism#2473); it only accepts <c>MediaUrl[]=a</c>.
/// So the form fields the request's spec types as arrays are renamed with <c>[]</c> here; the client's own encoding
/// is asserted separately.</item>
/// <item>The v2010 examples for list operations give <c>uri</c> / <c>first_page_uri</c> relative, against their own
/// <c>format: uri</c>, so with <c>--errors</c> Prism refuses its own example with a 500. GETs of the paths a spec marks
/// as lists therefore ask for a response generated from the schema (<c>Prefer: dynamic=true</c>; the same on every
/// run, as Prism runs with <c>--seed</c>); the request is validated the same way. A generated next page is any URI at
/// all, so the transport ends the list there (<c>next_page_uri</c>, and <c>meta.next_page_url</c> of the newer
/// products, set to null); following pages is covered by <c>OutboundHttpMessageHandlerTests</c>. Prism cannot generate
/// the v2010 spec's <c>date-time-rfc-2822</c> format either (it writes random words, which the Twilio library refuses to
/// read as a date), so the generated records' <c>date_*</c> fields get one fixed date.</item>
/// </list>
/// </summary>
internal sealed class PrismOutboundHttp(PrismMockServer prism) : IOutboundHttp
{
    private const string GeneratedRecordDate = "Thu, 24 Aug 2023 05:01:45 +0000";

    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(60) };

    private readonly ConcurrentQueue<PrismExchange> _exchanges = new();

    public IReadOnlyCollection<PrismExchange> Exchanges => _exchanges;

    public async Task<HttpResult> SendAsync(HttpCall request)
    {
        var url = new Uri(request.Url);
        var target = prism.ForBaseUrl(url.GetLeftPart(UriPartial.Authority)) ?? prism.ForHost(url.Host)
            ?? throw new InvalidOperationException(
                $"No Prism serves {url.Host} ({request.Method} {request.Url}); running: {string.Join(", ", prism.Processes.Select(process => $"{process.Spec.Host} ({process.Spec})"))}.");

        using var message = new HttpRequestMessage(new HttpMethod(request.Method), target.BaseUrl + PathAndQueryAsSent(request.Url));
        string? sentBody = null;
        if (request.Body is not null)
        {
            sentBody = BracketArrayFields(request.Body, target.Shape.ArrayFormFields);
            message.Content = new StringContent(sentBody, Encoding.UTF8);
            message.Content.Headers.Remove("Content-Type");
        }

        foreach (var (name, value) in request.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        var isList = request.Method == "GET" && target.Shape.IsListPath(url.AbsolutePath);
        if (isList)
        {
            message.Headers.TryAddWithoutValidation("Prefer", "dynamic=true");
        }

        using var response = await Client.SendAsync(message);
        var body = await response.Content.ReadAsStringAsync();
        var violations = response.Headers.TryGetValues("sl-violations", out var values) ? string.Join(" ", values) : null;
        _exchanges.Enqueue(new PrismExchange(request, target.Spec, sentBody, (int)response.StatusCode, body, violations));
        if (isList && response.IsSuccessStatusCode && JsonNode.Parse(body) is JsonObject page)
        {
            body = EndOfList(page);
        }

        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(header => header.Key.ToLowerInvariant(), header => string.Join(", ", header.Value));
        return new HttpResult((int)response.StatusCode, headers, body);
    }

    public Task<HttpResult> GetAsync(string url) => SendAsync(new HttpCall { Url = url });

    public Task<HttpResult> PostJsonAsync(string url, string json) => throw new NotSupportedException();

    public Task<HttpResult> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> form) => throw new NotSupportedException();

    // The URL after its authority, exactly as the client wrote it (Uri.PathAndQuery would re-escape it).
    private static string PathAndQueryAsSent(string url)
    {
        var pathStart = url.IndexOfAny(['/', '?'], url.IndexOf("://", StringComparison.Ordinal) + 3);
        return pathStart < 0 ? "/" : url[pathStart] == '/' ? url[pathStart..] : "/" + url[pathStart..];
    }

    private static string EndOfList(JsonObject page)
    {
        if (page.ContainsKey("next_page_uri"))
        {
            page["next_page_uri"] = null;
        }

        if (page["meta"] is JsonObject meta && meta.ContainsKey("next_page_url"))
        {
            meta["next_page_url"] = null;
        }

        foreach (var record in page.Select(property => property.Value).OfType<JsonArray>().SelectMany(list => list).OfType<JsonObject>())
        {
            foreach (var date in record.Where(property => property.Key.StartsWith("date_", StringComparison.Ordinal) && property.Value is JsonValue).Select(property => property.Key).ToList())
            {
                record[date] = GeneratedRecordDate;
            }
        }

        return page.ToJsonString();
    }

    private static string BracketArrayFields(string form, IReadOnlySet<string> arrayFields) => string.Join('&', form.Split('&').Select(pair =>
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
        return arrayFields.Contains(name) ? Uri.EscapeDataString(name + "[]") + pair[(equals < 0 ? pair.Length : equals)..] : pair;
    }));
}
