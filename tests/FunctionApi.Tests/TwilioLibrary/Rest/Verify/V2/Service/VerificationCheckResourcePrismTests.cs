using ScriptHost.FunctionApi.Tests.Prism;
using Twilio.Rest.Verify.V2.Service;
using Xunit.Abstractions;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary.Rest.Verify.V2.Service;

/// <summary>
/// Verify's verification checks through the Twilio library and a function's client, against Twilio's Verify v2 OpenAPI
/// description served by Prism.
/// </summary>
[Collection(PrismCollection.Name)]
public sealed class VerificationCheckResourcePrismTests(PrismMockServer prism, ITestOutputHelper output)
{
    private const string ServiceSid = "VA0123456789abcdef0123456789abcdef";

    private readonly PrismOutboundHttp _http = new(prism);

    [Fact]
    public async Task CreateAsync_ToAndCode_ValidatesAndReadsTheCheck()
    {
        var check = await VerificationCheckResource.CreateAsync(
            to: "+15017122661", code: "123456", pathServiceSid: ServiceSid, client: PrismTwilioClient.Create(_http));

        PrismAssert.AllValidated(_http, output, expectedRequests: 1);
        var exchange = _http.Exchanges.Single();
        Assert.Equal($"https://verify.twilio.com/v2/Services/{ServiceSid}/VerificationCheck", exchange.Request.Url);
        Assert.Contains("Code=123456", exchange.SentBody, StringComparison.Ordinal);
        Assert.Equal("approved", check.Status);
        Assert.True(check.Valid);
    }

    [Fact]
    public async Task CreateAsync_VerificationSidInsteadOfTo_Validates()
    {
        await VerificationCheckResource.CreateAsync(
            verificationSid: "VE0123456789abcdef0123456789abcdef", code: "123456", pathServiceSid: ServiceSid, client: PrismTwilioClient.Create(_http));

        PrismAssert.AllValidated(_http, output, expectedRequests: 1);
        Assert.DoesNotContain("To=", _http.Exchanges.Single().SentBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_Synchronous_ValidatesAndReadsTheCheck()
    {
        var check = VerificationCheckResource.Create(
            to: "+15017122661", code: "123456", pathServiceSid: ServiceSid, client: PrismTwilioClient.Create(_http));

        PrismAssert.AllValidated(_http, output, expectedRequests: 1);
        Assert.Equal("approved", check.Status);
    }
}
