using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScriptHost.Functions;

namespace ScriptHost.FunctionApi.Tests.Prism;

/// <summary>
/// The REST client's transport in the Prism tests: plain HttpClient to the mock on loopback (the host's egress client
/// refuses loopback by design), recording every exchange. It bends the wire format in two documented places, both
/// Prism's limits rather than the client's:
/// <list type="bullet">
/// <item>Prism reads a repeated form key (<c>MediaUrl=a&amp;MediaUrl=b</c>, which Twilio's API and libraries use) as a
/// single value and then rejects it as "must be array" (stoplightio/prism#2473); it only accepts <c>MediaUrl[]=a</c>.
/// So the form fields the spec types as arrays are renamed with <c>[]</c> here, after the client's own encoding was
/// asserted separately.</item>
/// <item>The spec's examples for list operations give <c>uri</c> / <c>first_page_uri</c> relative, against its own
/// <c>format: uri</c>, so with <c>--errors</c> Prism refuses its own example with a 500. List requests therefore ask
/// for a response generated from the schema (<c>Prefer: dynamic=true</c>); the request is validated the same way.
/// A generated <c>next_page_uri</c> is any URI at all, so the transport ends the list there (sets it to null);
/// following pages is covered by <c>OutboundHttpMessageHandlerTests</c>. Prism cannot generate the spec's
/// <c>date-time-rfc-2822</c> format either (it writes random words, which the Twilio library refuses to read as a
/// date), so the generated records' <c>date_*</c> fields get one fixed date.</item>
/// </list>
/// </summary>
internal sealed class PrismOutboundHttp(string baseUrl) : IOutboundHttp
{
    private const string GeneratedRecordDate = "Thu, 24 Aug 2023 05:01:45 +0000";

    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(60) };
    private static readonly Lazy<HashSet<string>> ArrayFormFields = new(ReadArrayFormFields);

    private readonly ConcurrentQueue<PrismExchange> _exchanges = new();

    public IReadOnlyCollection<PrismExchange> Exchanges => _exchanges;

    public async Task<HttpResult> SendAsync(HttpCall request)
    {
        Assert.StartsWith(baseUrl + "/", request.Url, StringComparison.Ordinal);
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        string? sentBody = null;
        if (request.Body is not null)
        {
            sentBody = BracketArrayFields(request.Body);
            message.Content = new StringContent(sentBody, Encoding.UTF8);
            message.Content.Headers.Remove("Content-Type");
        }

        foreach (var (name, value) in request.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content!.Headers.TryAddWithoutValidation(name, value);
            }
        }

        var isList = request.Method == "GET" && IsListPath(new Uri(request.Url).AbsolutePath);
        if (isList)
        {
            message.Headers.TryAddWithoutValidation("Prefer", "dynamic=true");
        }

        using var response = await Client.SendAsync(message);
        var body = await response.Content.ReadAsStringAsync();
        var violations = response.Headers.TryGetValues("sl-violations", out var values) ? string.Join(" ", values) : null;
        _exchanges.Enqueue(new PrismExchange(request, sentBody, (int)response.StatusCode, body, violations));
        if (isList && response.IsSuccessStatusCode && JsonNode.Parse(body) is JsonObject page)
        {
            page["next_page_uri"] = null;
            foreach (var record in page.Select(p => p.Value).OfType<JsonArray>().SelectMany(list => list).OfType<JsonObject>())
            {
                foreach (var date in record.Where(p => p.Key.StartsWith("date_", StringComparison.Ordinal) && p.Value is JsonValue).Select(p => p.Key).ToList())
                {
                    record[date] = GeneratedRecordDate;
                }
            }

            body = page.ToJsonString();
        }

        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(header => header.Key.ToLowerInvariant(), header => string.Join(", ", header.Value));
        return new HttpResult((int)response.StatusCode, headers, body);
    }

    public Task<HttpResult> GetAsync(string url) => SendAsync(new HttpCall { Url = url });

    public Task<HttpResult> PostJsonAsync(string url, string json) => throw new NotSupportedException();

    public Task<HttpResult> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> form) => throw new NotSupportedException();

    private static bool IsListPath(string path) => path.EndsWith("/Messages.json", StringComparison.Ordinal) || path.EndsWith("/Calls.json", StringComparison.Ordinal);

    private static string BracketArrayFields(string form) => string.Join('&', form.Split('&').Select(pair =>
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
        return ArrayFormFields.Value.Contains(name) ? Uri.EscapeDataString(name + "[]") + pair[name.Length..] : pair;
    }));

    /// <summary>Every form field that the spec types as an array, in any operation.</summary>
    private static HashSet<string> ReadArrayFormFields()
    {
        using var spec = JsonDocument.Parse(File.ReadAllText(TwilioSpec.Path));
        var fields = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in spec.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (operation.Value.ValueKind == JsonValueKind.Object
                    && operation.Value.TryGetProperty("requestBody", out var requestBody)
                    && requestBody.GetProperty("content").TryGetProperty("application/x-www-form-urlencoded", out var form)
                    && form.GetProperty("schema").TryGetProperty("properties", out var properties))
                {
                    fields.UnionWith(properties.EnumerateObject()
                        .Where(property => property.Value.TryGetProperty("type", out var type) && type.GetString() == "array")
                        .Select(property => property.Name));
                }
            }
        }

        return fields;
    }
}

/// <summary>One request the client sent to Prism and what Prism answered.</summary>
/// <param name="Request">The request as the client built it.</param>
/// <param name="SentBody">The body as sent to Prism (array fields bracketed).</param>
/// <param name="Status">Prism's HTTP status.</param>
/// <param name="Body">Prism's answer.</param>
/// <param name="Violations">Prism's <c>sl-violations</c> header, if any.</param>
internal sealed record PrismExchange(HttpCall Request, string? SentBody, int Status, string Body, string? Violations);
