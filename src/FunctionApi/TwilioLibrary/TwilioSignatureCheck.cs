using Twilio.Security;

namespace ScriptHost.Functions.TwilioLibrary;

/// <summary>
/// Checks <c>X-Twilio-Signature</c> with the library's <see cref="RequestValidator"/> (its HMAC, its comparison,
/// its body hash) and answers as Twilio's Node library does. Two things are the host's, because the library alone
/// disagrees with Node there: which URL spellings are tried (<see cref="WebhookUrlSpellings"/>; the library's own
/// variation re-escapes the URL through <see cref="Uri"/>), and how a repeated form key is signed.
/// </summary>
/// <remarks>
/// Checked against Twilio's Node library 6.2.0 (what Twilio Functions runs) on 260 generated requests, three ways each
/// (<c>TwilioSignatureCheckOracleTests</c>: 780/780). The library fed the natural way (a <c>NameValueCollection</c>,
/// its own URL variation) agrees on 541 of the 780. Known differences from Node, both refusals (403, never a forged
/// accept): when neither spelling matches, Node also tries the WHATWG-normalised URL (<c>new URL(url).toString()</c>:
/// <c>'</c> escaped to <c>%27</c>, the host lower-cased), which would need a WHATWG URL serializer here; and only
/// HMAC-SHA1 is checked, as Node 6.2.0 does (the C# library's <c>X-Twilio-Webhooks-Signature-Settings</c>/HMAC-SHA256
/// support has no Node counterpart to check it against).
/// </remarks>
internal static class TwilioSignatureCheck
{
    private const string BodyHashParameter = "bodySHA256";
    private static readonly KeyValuePair<string, string>[] NoFormParameters = [];

    /// <summary>A form-encoded (or GET) webhook request: the URL and every form parameter are signed.</summary>
    /// <param name="authToken">The account's auth token, which Twilio signs with.</param>
    /// <param name="url">The public URL Twilio called, with its query string.</param>
    /// <param name="formParameters">The form body's parameters in any order; a key may repeat. Empty for GET.</param>
    /// <param name="signature">The <c>X-Twilio-Signature</c> header; empty or null is never genuine.</param>
    public static bool IsGenuine(string authToken, string url, IEnumerable<KeyValuePair<string, string>> formParameters, string? signature)
    {
        ArgumentNullException.ThrowIfNull(authToken);
        ArgumentException.ThrowIfNullOrEmpty(url);
        ArgumentNullException.ThrowIfNull(formParameters);
        if (string.IsNullOrEmpty(signature))
        {
            return false; // The library throws for an empty expected signature instead of answering.
        }

        var validator = new RequestValidator(authToken);
        var parameters = SignedAsNodeSignsThem(formParameters);
        foreach (var spelling in WebhookUrlSpellings.PortSpellings(url))
        {
            if (SignatureMatches(validator, spelling, parameters, signature))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A webhook request with a raw (JSON) body: the URL alone is signed, and its <c>bodySHA256</c> query parameter
    /// (the first one, decoded) must be the hex SHA-256 of the body.
    /// </summary>
    /// <param name="authToken">The account's auth token, which Twilio signs with.</param>
    /// <param name="url">The public URL Twilio called, including <c>bodySHA256</c>.</param>
    /// <param name="rawBody">The body as received.</param>
    /// <param name="signature">The <c>X-Twilio-Signature</c> header; empty or null is never genuine.</param>
    public static bool IsGenuine(string authToken, string url, string rawBody, string? signature)
    {
        ArgumentNullException.ThrowIfNull(rawBody);
        // Not the library's Validate(url, body, ...): it reads the last bodySHA256 (Node reads the first), throws for
        // one without '=', and tries only its own URL variation. The host finds the hash and lets the library hash.
        return IsGenuine(authToken, url, NoFormParameters, signature)
            && RequestValidator.ValidateBody(rawBody, WebhookUrlQuery.FirstValue(url, BodyHashParameter) ?? string.Empty);
    }

    /// <summary>
    /// One entry per key, for the library's dictionary overload, which appends key + value per key in ordinal key
    /// order. Node appends key + value once per distinct value, values in ordinal order; joining those values with
    /// the key gives the same text.
    /// </summary>
    private static Dictionary<string, string> SignedAsNodeSignsThem(IEnumerable<KeyValuePair<string, string>> formParameters) =>
        formParameters
            .GroupBy(parameter => parameter.Key, StringComparer.Ordinal)
            .ToDictionary(
                values => values.Key,
                values => string.Join(values.Key, values.Select(pair => pair.Value ?? string.Empty).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
                StringComparer.Ordinal);

    private static bool SignatureMatches(RequestValidator validator, string spelling, Dictionary<string, string> parameters, string signature)
    {
        try
        {
            return validator.Validate(spelling, parameters, signature);
        }
        catch (UriFormatException)
        {
            // The library compares the spelling as given first, and only then builds its own port variation with
            // System.Uri, which refuses some URLs Twilio may still sign (and Node checks): the comparison that counts
            // was made, and the next spelling must still be tried.
            return false;
        }
    }
}
