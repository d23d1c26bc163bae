using ScriptHost.Functions.TwilioLibrary;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary;

public sealed class TwilioSignatureCheckTests
{
    // Twilio's documented example: https://www.twilio.com/docs/usage/security#validating-requests
    private const string DocumentedToken = "12345";
    private const string DocumentedUrl = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private const string DocumentedSignature = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";

    private static readonly KeyValuePair<string, string>[] DocumentedParameters =
    [
        Pair("CallSid", "CA1234567890ABCDE"),
        Pair("Caller", "+12349013030"),
        Pair("Digits", "1234"),
        Pair("From", "+12349013030"),
        Pair("To", "+18005551212"),
    ];

    [Fact]
    public void TwilioSigning_DocumentedExample_MatchesTwilioDocs() =>
        Assert.Equal(DocumentedSignature, TwilioWebhookSigner.Sign(DocumentedToken, DocumentedUrl, DocumentedParameters));

    [Fact]
    public void IsGenuine_DocumentedExample_Accepts() =>
        Assert.True(TwilioSignatureCheck.IsGenuine(DocumentedToken, DocumentedUrl, DocumentedParameters, DocumentedSignature));

    [Fact]
    public void IsGenuine_DocumentedExampleInAnotherOrder_Accepts() =>
        Assert.True(TwilioSignatureCheck.IsGenuine(DocumentedToken, DocumentedUrl, DocumentedParameters.Reverse(), DocumentedSignature));

    [Fact]
    public void IsGenuine_DocumentedExampleWithChangedParameter_Rejects()
    {
        var changed = DocumentedParameters.Select(pair => pair.Key == "Digits" ? Pair("Digits", "1235") : pair);
        Assert.False(TwilioSignatureCheck.IsGenuine(DocumentedToken, DocumentedUrl, changed, DocumentedSignature));
    }

    [Fact]
    public void IsGenuine_DocumentedExampleWithWrongToken_Rejects() =>
        Assert.False(TwilioSignatureCheck.IsGenuine("54321", DocumentedUrl, DocumentedParameters, DocumentedSignature));

    [Theory]
    [InlineData("https://mycompany.com:443/myapp.php?foo=1&bar=2")]
    [InlineData("https://mycompany.com:1234/myapp.php?foo=1&bar=2")]
    public void IsGenuine_UrlWithPortButSignedWithout_Accepts(string urlAsReceived) =>
        Assert.True(TwilioSignatureCheck.IsGenuine(DocumentedToken, urlAsReceived, DocumentedParameters, DocumentedSignature));

    [Fact]
    public void IsGenuine_UrlWithoutPortButSignedWithDefaultPort_Accepts()
    {
        var signedWithPort = TwilioWebhookSigner.Sign(DocumentedToken, "https://mycompany.com:443/myapp.php?foo=1&bar=2", DocumentedParameters);
        Assert.True(TwilioSignatureCheck.IsGenuine(DocumentedToken, DocumentedUrl, DocumentedParameters, signedWithPort));
    }

    [Fact]
    public void IsGenuine_HttpUrlSignedWithPort443_Rejects()
    {
        // http's default port is 80; 443 must not be guessed for it.
        var signature = TwilioWebhookSigner.Sign(DocumentedToken, "http://mycompany.com:443/myapp.php", DocumentedParameters);
        Assert.False(TwilioSignatureCheck.IsGenuine(DocumentedToken, "http://mycompany.com/myapp.php", DocumentedParameters, signature));
    }

    [Fact]
    public void IsGenuine_UnusualCharactersSignedAsReceived_Accepts()
    {
        // System.Uri would escape the space, the quote and the brackets; the URL Twilio signed has them raw.
        const string url = "https://mycompany.com/a b/'q'/[x]?v=é ü";
        Assert.True(TwilioSignatureCheck.IsGenuine(DocumentedToken, url, DocumentedParameters, TwilioWebhookSigner.Sign(DocumentedToken, url, DocumentedParameters)));
    }

    [Fact]
    public void IsGenuine_RepeatedKey_SignedOncePerDistinctValueInOrder()
    {
        KeyValuePair<string, string>[] received = [Pair("Media", "b"), Pair("Media", "a"), Pair("Media", "b"), Pair("A", "")];
        var signature = TwilioWebhookSigner.Sign(DocumentedToken, "https://x.test/hook", [Pair("A", ""), Pair("Media", "a"), Pair("Media", "b")]);
        Assert.True(TwilioSignatureCheck.IsGenuine(DocumentedToken, "https://x.test/hook", received, signature));
    }

    [Fact]
    public void IsGenuine_RepeatedKeySignedJoinedWithComma_Rejects()
    {
        // What NameValueCollection hands the library: one "b,a" value. Twilio signs MediaaMediab.
        KeyValuePair<string, string>[] received = [Pair("Media", "b"), Pair("Media", "a")];
        var commaJoined = TwilioWebhookSigner.Sign(DocumentedToken, "https://x.test/hook", [Pair("Media", "b,a")]);
        Assert.False(TwilioSignatureCheck.IsGenuine(DocumentedToken, "https://x.test/hook", received, commaJoined));
    }

    [Fact]
    public void IsGenuine_RepeatedKeyWithAValueLeftOut_Rejects()
    {
        var signature = TwilioWebhookSigner.Sign(DocumentedToken, "https://x.test/hook", [Pair("Media", "a"), Pair("Media", "b")]);
        Assert.False(TwilioSignatureCheck.IsGenuine(DocumentedToken, "https://x.test/hook", [Pair("Media", "a")], signature));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0/KCTR6DLpKmkAf8muzZqo1nDg")]
    public void IsGenuine_MissingOrTruncatedSignature_Rejects(string? signature) =>
        Assert.False(TwilioSignatureCheck.IsGenuine(DocumentedToken, DocumentedUrl, DocumentedParameters, signature));

    [Fact]
    public void IsGenuine_UrlSystemUriRefusesSignedWithDefaultPort_AcceptsWithoutThrowing()
    {
        // A space in the host: System.Uri throws in the library's own port variation of the first spelling; the
        // second spelling (with :443) is the one Twilio signed.
        const string url = "https://my company.com/hook";
        var signature = TwilioWebhookSigner.Sign(DocumentedToken, "https://my company.com:443/hook", DocumentedParameters);
        Assert.True(TwilioSignatureCheck.IsGenuine(DocumentedToken, url, DocumentedParameters, signature));
    }

    [Fact]
    public void IsGenuine_JsonBodyWithMatchingHash_Accepts()
    {
        const string body = """{"property": "value", "boolean": true}""";
        var url = "https://mycompany.com/myapp?bodySHA256=" + TwilioWebhookSigner.BodyHash(body);
        Assert.True(TwilioSignatureCheck.IsGenuine(DocumentedToken, url, body, TwilioWebhookSigner.Sign(DocumentedToken, url)));
    }

    [Fact]
    public void IsGenuine_JsonBodyChanged_Rejects()
    {
        const string body = """{"property": "value"}""";
        var url = "https://mycompany.com/myapp?bodySHA256=" + TwilioWebhookSigner.BodyHash(body);
        Assert.False(TwilioSignatureCheck.IsGenuine(DocumentedToken, url, body + " ", TwilioWebhookSigner.Sign(DocumentedToken, url)));
    }

    [Fact]
    public void IsGenuine_JsonBodyUrlWithoutBodyHash_Rejects()
    {
        const string url = "https://mycompany.com/myapp";
        Assert.False(TwilioSignatureCheck.IsGenuine(DocumentedToken, url, "{}", TwilioWebhookSigner.Sign(DocumentedToken, url)));
    }

    [Fact]
    public void IsGenuine_JsonBodyHashRepeatedInUrl_ChecksTheFirstAsNodeDoes()
    {
        const string body = """{"a":1}""";
        var url = $"https://mycompany.com/myapp?bodySHA256={TwilioWebhookSigner.BodyHash(body)}&bodySHA256";
        Assert.True(TwilioSignatureCheck.IsGenuine(DocumentedToken, url, body, TwilioWebhookSigner.Sign(DocumentedToken, url)));
    }

    private static KeyValuePair<string, string> Pair(string key, string value) => new(key, value);
}
