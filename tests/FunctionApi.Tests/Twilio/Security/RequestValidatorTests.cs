using System.Collections.Specialized;
using Twilio.Security;

namespace ScriptHost.FunctionApi.Tests.Twilio.Security;

public sealed class RequestValidatorTests
{
    // Twilio's documented example: https://www.twilio.com/docs/usage/security#validating-requests
    private const string DocumentedToken = "12345";
    private const string DocumentedUrl = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private const string DocumentedSignature = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";

    private static readonly Dictionary<string, string> DocumentedParameters = new()
    {
        ["CallSid"] = "CA1234567890ABCDE",
        ["Caller"] = "+12349013030",
        ["Digits"] = "1234",
        ["From"] = "+12349013030",
        ["To"] = "+18005551212",
    };

    private readonly RequestValidator _validator = new(DocumentedToken);

    [Fact]
    public void GetValidationSignature_DocumentedExample_MatchesTwilioDocs() =>
        Assert.Equal(DocumentedSignature, _validator.GetValidationSignature(DocumentedUrl, DocumentedParameters));

    [Fact]
    public void Validate_DocumentedExample_Accepts() =>
        Assert.True(_validator.Validate(DocumentedUrl, DocumentedParameters, DocumentedSignature));

    [Fact]
    public void Validate_DocumentedExampleWithChangedParameter_Rejects()
    {
        var changed = new Dictionary<string, string>(DocumentedParameters) { ["Digits"] = "1235" };
        Assert.False(_validator.Validate(DocumentedUrl, changed, DocumentedSignature));
    }

    [Fact]
    public void Validate_DocumentedExampleWithWrongToken_Rejects() =>
        Assert.False(new RequestValidator("54321").Validate(DocumentedUrl, DocumentedParameters, DocumentedSignature));

    [Theory]
    [InlineData("https://mycompany.com:443/myapp.php?foo=1&bar=2")]
    [InlineData("https://mycompany.com:1234/myapp.php?foo=1&bar=2")]
    public void Validate_UrlWithPortButSignedWithout_Accepts(string urlAsReceived) =>
        Assert.True(_validator.Validate(urlAsReceived, DocumentedParameters, DocumentedSignature));

    [Fact]
    public void Validate_UrlWithoutPortButSignedWithDefaultPort_Accepts()
    {
        var signedWithPort = _validator.GetValidationSignature("https://mycompany.com:443/myapp.php?foo=1&bar=2", DocumentedParameters);
        Assert.True(_validator.Validate(DocumentedUrl, DocumentedParameters, signedWithPort));
    }

    [Fact]
    public void Validate_HttpUrlSignedWithPort443_Rejects()
    {
        // http's default port is 80; 443 must not be guessed for it.
        var url = "http://mycompany.com/myapp.php";
        var signature = _validator.GetValidationSignature("http://mycompany.com:443/myapp.php", DocumentedParameters);
        Assert.False(_validator.Validate(url, DocumentedParameters, signature));
    }

    [Fact]
    public void Validate_RepeatedKeys_SignsEachDistinctValueSorted()
    {
        var parameters = new[] { Pair("Media", "b"), Pair("Media", "a"), Pair("Media", "b"), Pair("A", "") };
        var expected = _validator.GetValidationSignature("https://x.test/hook", [Pair("A", ""), Pair("Media", "a"), Pair("Media", "b")]);
        Assert.True(_validator.Validate("https://x.test/hook", parameters, expected));
    }

    [Fact]
    public void Validate_NameValueCollectionWithRepeatedKey_MatchesPairs()
    {
        var form = new NameValueCollection { { "To", "+1" }, { "Media", "b" }, { "Media", "a" } };
        var signature = _validator.GetValidationSignature("https://x.test/hook", [Pair("Media", "a"), Pair("Media", "b"), Pair("To", "+1")]);
        Assert.True(_validator.Validate("https://x.test/hook", form, signature));
    }

    [Fact]
    public void Validate_JsonBodyWithMatchingHash_Accepts()
    {
        const string body = """{"property": "value", "boolean": true}""";
        var url = "https://mycompany.com/myapp?bodySHA256=" + RequestValidator.GetBodyHash(body);
        var signature = _validator.GetValidationSignature(url, null);
        Assert.True(_validator.Validate(url, body, signature));
    }

    [Fact]
    public void Validate_JsonBodyChanged_Rejects()
    {
        const string body = """{"property": "value"}""";
        var url = "https://mycompany.com/myapp?bodySHA256=" + RequestValidator.GetBodyHash(body);
        var signature = _validator.GetValidationSignature(url, null);
        Assert.False(_validator.Validate(url, body + " ", signature));
    }

    [Fact]
    public void ValidateBody_KnownSha256_Accepts() =>
        Assert.True(RequestValidator.ValidateBody("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0/KCTR6DLpKmkAf8muzZqo1nDg")]
    public void Validate_MissingOrTruncatedSignature_Rejects(string? signature) =>
        Assert.False(_validator.Validate(DocumentedUrl, DocumentedParameters, signature));

    private static KeyValuePair<string, string> Pair(string key, string value) => new(key, value);
}
