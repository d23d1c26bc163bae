using System.Net.Http.Headers;
using System.Text;
using ScriptHost.Api.Contracts.WebhookTesting;
using ScriptHost.Serving;

namespace ScriptHost.Cli.Invocation;

/// <summary>
/// What <c>scripthost invoke</c> sends to a function's public URL: GET or POST, the function path (with any query
/// string), and form fields (a POST's body, a GET's query) or the exact text of a JSON body. A field given twice keeps
/// its last value, as the signature covers one value per name.
/// </summary>
internal sealed record FunctionCall(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Fields, string? JsonText)
{
    /// <summary>The public URL of the call in <paramref name="environment"/>: <c>{server}/{service}[@env]/{path}</c>.</summary>
    public Uri UnsignedUrl(string server, string service, string environment)
    {
        var url = $"{server.TrimEnd('/')}/{ServiceAddress.Format(service, environment)}{PathAndQuery}";
        if (Method == HttpMethod.Get.Method && Fields.Count > 0)
        {
            var query = string.Join('&', Fields.Select(field => Uri.EscapeDataString(field.Key) + "=" + Uri.EscapeDataString(field.Value)));
            url += (PathAndQuery.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;
        }

        return new Uri(url);
    }

    /// <summary>What the server's signature route signs: this call, as Twilio would send it.</summary>
    public TwilioSignatureRequest ToSignatureRequest() =>
        new(PathAndQuery, Method, JsonText is null ? new Dictionary<string, string>(Fields, StringComparer.Ordinal) : null, JsonText);

    /// <summary>
    /// The signed URL: the path the signature route answered (it carries the query the signature covers, a GET's
    /// fields and a JSON body's <c>bodySHA256</c>) on the server's origin, as that route's contract says.
    /// </summary>
    public static Uri SignedUrl(string server, TwilioSignatureDto signature) =>
        new(new Uri(new Uri(server).GetLeftPart(UriPartial.Authority)), signature.Path);

    public HttpRequestMessage ToRequest(Uri url, string? signature)
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), url);
        if (JsonText is not null)
        {
            request.Content = new StringContent(JsonText, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }
        else if (Method == HttpMethod.Post.Method)
        {
            request.Content = new FormUrlEncodedContent(Fields);
        }

        if (signature is not null)
        {
            request.Headers.Add("X-Twilio-Signature", signature);
        }

        return request;
    }
}
