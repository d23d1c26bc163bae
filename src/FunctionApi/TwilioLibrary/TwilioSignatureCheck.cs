using Twilio.Security;

namespace ScriptHost.Functions.TwilioLibrary;

/// <summary>
/// The host's check of <c>X-Twilio-Signature</c>, by the Twilio library's <see cref="RequestValidator"/>. A form key
/// Twilio repeats is signed as Twilio's Node library signs it (the key before each distinct value, values in ordinal
/// order), which the validator's one-value-per-key dictionary takes as that key's value; the URL spellings tried are
/// the library's own.
/// </summary>
internal static class TwilioSignatureCheck
{
    /// <summary>True when <paramref name="signature"/> is Twilio's for a form-encoded request (or one without a body).</summary>
    public static bool IsGenuine(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form, string signature)
    {
        ArgumentNullException.ThrowIfNull(form);
        var parameters = form
            .GroupBy(pair => pair.Key, StringComparer.Ordinal)
            .ToDictionary(
                values => values.Key,
                values => string.Join(values.Key, values.Select(pair => pair.Value ?? string.Empty).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
                StringComparer.Ordinal);
        return Valid(() => new RequestValidator(authToken).Validate(url, parameters, signature));
    }

    /// <summary>True when <paramref name="signature"/> is Twilio's for a request with a raw (JSON) body, whose SHA-256 the URL's <c>bodySHA256</c> carries.</summary>
    public static bool IsGenuine(string authToken, string url, string body, string signature) =>
        Valid(() => new RequestValidator(authToken).Validate(url, body, signature));

    // The validator throws for an empty URL or signature, and its URL parsing for a URL System.Uri cannot read: none
    // of those is a request Twilio signed.
    private static bool Valid(Func<bool> validate)
    {
        try
        {
            return validate();
        }
        catch (Exception e) when (e is ArgumentException or UriFormatException)
        {
            return false;
        }
    }
}
