using System.Security.Cryptography;
using System.Text;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary;

/// <summary>
/// Signs test requests as Twilio does (and as the npm library computes it), independent of the code under test:
/// base64 HMAC-SHA1, keyed with the auth token, over the URL followed by each key and value, keys in ordinal order, a
/// repeated key once per distinct value, values in ordinal order.
/// </summary>
internal static class NodeStyleSignature
{
    public static string Sign(string token, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var signed = new StringBuilder(url);
        foreach (var values in parameters.GroupBy(p => p.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var value in values.Select(p => p.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                signed.Append(values.Key).Append(value);
            }
        }

        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(signed.ToString())));
    }

    /// <summary>The lowercase hex SHA-256 Twilio puts in a JSON request's <c>bodySHA256</c> query parameter.</summary>
    public static string BodyHash(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
}
