using System.Collections.Specialized;
using System.Security.Cryptography;
using System.Text;

namespace Twilio.Security;

/// <summary>
/// Checks that a webhook request really comes from Twilio, by recomputing the <c>X-Twilio-Signature</c> header
/// with the account's auth token. Behaves as Twilio's Node library's <c>validateRequest</c> and
/// <c>validateRequestWithBody</c> do, including which spellings of the URL's port it accepts.
/// </summary>
public class RequestValidator
{
    private readonly byte[] _authToken;

    /// <summary>Creates a validator for one account.</summary>
    /// <param name="secret">The account's auth token, which Twilio signs webhooks with.</param>
    public RequestValidator(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        _authToken = Encoding.UTF8.GetBytes(secret);
    }

    /// <summary>Validates a form-encoded webhook request with one value per parameter.</summary>
    /// <param name="url">The full URL Twilio requested, with its query string, as configured in Twilio.</param>
    /// <param name="parameters">The POST parameters; empty for a GET request.</param>
    /// <param name="expected">The value of the <c>X-Twilio-Signature</c> header.</param>
    /// <returns><see langword="true"/> when the signature matches.</returns>
    public bool Validate(string url, IDictionary<string, string>? parameters, string? expected) =>
        Validate(url, (IEnumerable<KeyValuePair<string, string>>?)parameters, expected);

    /// <summary>Validates a form-encoded webhook request whose parameters may repeat a key.</summary>
    /// <param name="url">The full URL Twilio requested, with its query string, as configured in Twilio.</param>
    /// <param name="parameters">The POST parameters in any order; a key may appear more than once.</param>
    /// <param name="expected">The value of the <c>X-Twilio-Signature</c> header.</param>
    /// <returns><see langword="true"/> when the signature matches.</returns>
    public bool Validate(string url, IEnumerable<KeyValuePair<string, string>>? parameters, string? expected)
    {
        ArgumentNullException.ThrowIfNull(url);
        // Twilio signs the URL as configured, which may or may not spell out the default port; try both, as the
        // Node library does, before giving up.
        foreach (var candidateUrl in WebhookUrl.PortSpellings(url))
        {
            if (SignaturesMatch(GetValidationSignature(candidateUrl, parameters), expected))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Validates a form-encoded webhook request from a <see cref="NameValueCollection"/>, such as a parsed form.</summary>
    /// <param name="url">The full URL Twilio requested, with its query string, as configured in Twilio.</param>
    /// <param name="parameters">The POST parameters; a key may carry several values.</param>
    /// <param name="expected">The value of the <c>X-Twilio-Signature</c> header.</param>
    /// <returns><see langword="true"/> when the signature matches.</returns>
    public bool Validate(string url, NameValueCollection? parameters, string? expected) =>
        Validate(url, ToPairs(parameters), expected);

    /// <summary>
    /// Validates a webhook request with a JSON (or other raw) body: the signature covers the URL alone, and the
    /// URL's <c>bodySHA256</c> query parameter must be the SHA-256 of the body.
    /// </summary>
    /// <param name="url">The full URL Twilio requested, including its <c>bodySHA256</c> query parameter.</param>
    /// <param name="body">The raw request body, exactly as received.</param>
    /// <param name="expected">The value of the <c>X-Twilio-Signature</c> header.</param>
    /// <returns><see langword="true"/> when both the signature and the body hash match.</returns>
    public bool Validate(string url, string body, string? expected)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(body);
        return Validate(url, (IEnumerable<KeyValuePair<string, string>>?)null, expected)
            && ValidateBody(body, WebhookUrl.GetQueryParameter(url, "bodySHA256") ?? string.Empty);
    }

    /// <summary>Checks a raw body against the hex SHA-256 hash Twilio put in the URL's <c>bodySHA256</c> parameter.</summary>
    /// <param name="rawBody">The raw request body, exactly as received.</param>
    /// <param name="expected">The <c>bodySHA256</c> value from the URL.</param>
    /// <returns><see langword="true"/> when the body has that hash.</returns>
    public static bool ValidateBody(string rawBody, string? expected)
    {
        ArgumentNullException.ThrowIfNull(rawBody);
        return SignaturesMatch(GetBodyHash(rawBody), expected);
    }

    /// <summary>Computes the lowercase hex SHA-256 of a body, as Twilio puts it in <c>bodySHA256</c>.</summary>
    /// <param name="rawBody">The raw request body.</param>
    /// <returns>The hash as 64 lowercase hex digits.</returns>
    public static string GetBodyHash(string rawBody)
    {
        ArgumentNullException.ThrowIfNull(rawBody);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rawBody)));
    }

    /// <summary>
    /// Computes the signature Twilio sends for a URL and parameters: base64 of HMAC-SHA1, keyed with the auth token,
    /// over the URL followed by each parameter's key and value, keys sorted ordinally. A repeated key contributes
    /// each distinct value once, values sorted ordinally, as the Node library does. The URL is used as given.
    /// </summary>
    /// <param name="url">The full URL, used exactly as given.</param>
    /// <param name="parameters">The POST parameters; <see langword="null"/> or empty for GET and JSON requests.</param>
    /// <returns>The base64 signature.</returns>
    public string GetValidationSignature(string url, IEnumerable<KeyValuePair<string, string>>? parameters)
    {
        ArgumentNullException.ThrowIfNull(url);
        var signed = new StringBuilder(url);
        var valuesByKey = (parameters ?? [])
            .GroupBy(parameter => parameter.Key, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal);
        foreach (var values in valuesByKey)
        {
            foreach (var value in values.Select(pair => pair.Value ?? string.Empty).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                signed.Append(values.Key).Append(value);
            }
        }

        return Convert.ToBase64String(HMACSHA1.HashData(_authToken, Encoding.UTF8.GetBytes(signed.ToString())));
    }

    // Constant time over the bytes, so a forger learns nothing from how long a wrong guess took.
    private static bool SignaturesMatch(string computed, string? expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(computed), Encoding.UTF8.GetBytes(expected ?? string.Empty));

    private static IEnumerable<KeyValuePair<string, string>> ToPairs(NameValueCollection? parameters)
    {
        if (parameters is null)
        {
            yield break;
        }

        foreach (var key in parameters.AllKeys)
        {
            foreach (var value in parameters.GetValues(key) ?? [])
            {
                yield return new KeyValuePair<string, string>(key ?? string.Empty, value);
            }
        }
    }
}
