using System.Security.Cryptography;
using System.Text;

namespace ScriptHost.Functions.TwilioLibrary;

/// <summary>
/// Signs webhook requests as Twilio does — the other half of <see cref="TwilioSignatureCheck"/>, for the console's
/// "as Twilio" requests and for tests that play Twilio: base64 HMAC-SHA1, keyed with the auth token, of the URL
/// followed by each form key and value (keys in ordinal order; a repeated key once per distinct value, values in
/// ordinal order), and the hex SHA-256 a JSON request carries in <c>bodySHA256</c>. The library's
/// <c>RequestValidator</c> keeps its signing private, so this is the host's own; FunctionApi.Tests' oracle checks it
/// against Twilio's Node library.
/// </summary>
internal static class TwilioWebhookSigner
{
    /// <summary>The <c>X-Twilio-Signature</c> of a GET or a JSON request: the URL alone, exactly as given.</summary>
    public static string Sign(string authToken, string url) => Sign(authToken, url, []);

    /// <summary>The <c>X-Twilio-Signature</c> of a form request to <paramref name="url"/>, used exactly as given.</summary>
    public static string Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> formParameters)
    {
        var signed = new StringBuilder(url);
        foreach (var values in formParameters.GroupBy(pair => pair.Key, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            foreach (var value in values.Select(pair => pair.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                signed.Append(values.Key).Append(value);
            }
        }

        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(signed.ToString())));
    }

    /// <summary>The lowercase hex SHA-256 of a raw body, as Twilio puts it in the URL's <c>bodySHA256</c>.</summary>
    public static string BodyHash(string rawBody) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rawBody)));
}
