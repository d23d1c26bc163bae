using System.Security.Cryptography;
using System.Text;

namespace ScriptHost.Tests.Support;

/// <summary>
/// Signs test webhooks as Twilio does, independent of the host's check: base64 HMAC-SHA1, keyed with the auth token,
/// over the URL followed by each key and value (keys in ordinal order; a repeated key once per distinct value, values
/// in ordinal order); a JSON body goes in the URL as the hex SHA-256 <c>bodySHA256</c>.
/// </summary>
internal static class TwilioSigning
{
    public static string Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        var signed = new StringBuilder(url);
        foreach (var values in form.GroupBy(p => p.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var value in values.Select(p => p.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                signed.Append(values.Key).Append(value);
            }
        }

        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(signed.ToString())));
    }

    public static string BodyHash(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
}
