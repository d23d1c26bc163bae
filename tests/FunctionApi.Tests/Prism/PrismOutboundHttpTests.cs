using ScriptHost.Functions;

namespace ScriptHost.FunctionApi.Tests.Prism;

/// <summary>The Prism transport sends each request to the Prism of its host's spec, and nowhere else.</summary>
[Collection(PrismCollection.Name)]
public sealed class PrismOutboundHttpTests(PrismMockServer prism)
{
    private static readonly Dictionary<string, string> BasicAuth = new()
    {
        ["Authorization"] = "Basic " + Convert.ToBase64String("AC0123456789abcdef0123456789abcdef:auth-token"u8),
    };

    private readonly PrismOutboundHttp _http = new(prism);

    [Fact]
    public async Task SendAsync_LookupsHost_AnsweredByTheLookupsPrism()
    {
        var result = await _http.SendAsync(new HttpCall { Url = "https://lookups.twilio.com/v2/PhoneNumbers/+15017122661", Headers = BasicAuth });

        Assert.Equal(200, result.StatusCode);
        Assert.Equal(TwilioSpecs.LookupsV2, _http.Exchanges.Single().Spec);
    }

    [Fact]
    public async Task SendAsync_VerifyHost_AnsweredByTheVerifyPrism()
    {
        var result = await _http.SendAsync(new HttpCall
        {
            Method = "POST",
            Url = "https://verify.twilio.com/v2/Services/VA0123456789abcdef0123456789abcdef/VerificationCheck",
            Headers = new Dictionary<string, string>(BasicAuth) { ["Content-Type"] = "application/x-www-form-urlencoded" },
            Body = "To=%2B15017122661&Code=123456",
        });

        Assert.Equal(200, result.StatusCode);
        Assert.Equal(TwilioSpecs.VerifyV2, _http.Exchanges.Single().Spec);
    }

    [PrismFact]
    public async Task SendAsync_ApiHost_AnsweredByTheV2010Prism()
    {
        var result = await _http.SendAsync(new HttpCall
        {
            Url = "https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/SM0123456789abcdef0123456789abcdef.json",
            Headers = BasicAuth,
        });

        Assert.Equal(200, result.StatusCode);
        Assert.Equal(TwilioSpecs.ApiV2010, _http.Exchanges.Single().Spec);
    }

    [Fact]
    public async Task SendAsync_LookupsPathOnTheVerifyHost_NotFoundThere()
    {
        // Routing is by host: the Verify spec has no /v2/PhoneNumbers.
        var result = await _http.SendAsync(new HttpCall { Url = "https://verify.twilio.com/v2/PhoneNumbers/+15017122661", Headers = BasicAuth });

        Assert.Equal(404, result.StatusCode);
        Assert.Equal(TwilioSpecs.VerifyV2, _http.Exchanges.Single().Spec);
    }

    [Fact]
    public async Task SendAsync_HostNoPrismServes_ThrowsAndSendsNothing()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _http.SendAsync(new HttpCall { Url = "https://conversations.twilio.com/v1/Conversations", Headers = BasicAuth }));

        Assert.Contains("conversations.twilio.com", error.Message, StringComparison.Ordinal);
        Assert.Empty(_http.Exchanges);
    }
}
