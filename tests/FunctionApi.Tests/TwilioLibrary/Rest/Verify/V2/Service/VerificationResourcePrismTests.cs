using ScriptHost.FunctionApi.Tests.Prism;
using Twilio.Exceptions;
using Twilio.Rest.Verify.V2.Service;
using Xunit.Abstractions;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary.Rest.Verify.V2.Service;

/// <summary>
/// Verify's verifications through the Twilio library and a function's client, against Twilio's own OpenAPI description
/// (Verify v2) served by Prism: every request must validate, and the library reads the spec's example answer.
/// </summary>
[Collection(PrismCollection.Name)]
public sealed class VerificationResourcePrismTests(PrismMockServer prism, ITestOutputHelper output)
{
    private const string ServiceSid = "VA0123456789abcdef0123456789abcdef";

    private readonly PrismOutboundHttp _http = new(prism);

    [Fact]
    public async Task CreateAsync_SmsChannel_ValidatesAndReadsTheVerification()
    {
        var verification = await VerificationResource.CreateAsync(
            to: "+15017122661", channel: "sms", pathServiceSid: ServiceSid, client: PrismTwilioClient.Create(_http));

        PrismAssert.AllValidated(_http, output, expectedRequests: 1);
        var exchange = _http.Exchanges.Single();
        Assert.Equal("POST", exchange.Request.Method);
        Assert.Equal($"https://verify.twilio.com/v2/Services/{ServiceSid}/Verifications", exchange.Request.Url);
        Assert.Equal(TwilioSpecs.VerifyV2, exchange.Spec);
        Assert.Matches("^VE[0-9a-fA-F]{32}$", verification.Sid);
        Assert.Equal("pending", verification.Status);
        Assert.Equal(VerificationResource.ChannelEnum.Sms, verification.Channel);
        Assert.Equal("+15017122661", verification.To);
        // The library parses dates into the process's local time.
        Assert.Equal(new DateTime(2015, 7, 30, 20, 0, 0, DateTimeKind.Utc), verification.DateCreated?.ToUniversalTime());
        Assert.Equal(new Uri($"https://verify.twilio.com/v2/Services/{verification.ServiceSid}/Verifications/{verification.Sid}"), verification.Url);
    }

    [Fact]
    public async Task CreateAsync_WhatsappWithLocaleAndCustomFriendlyName_Validates()
    {
        await VerificationResource.CreateAsync(
            to: "+15017122661",
            channel: "whatsapp",
            locale: "es",
            customFriendlyName: "Acme",
            pathServiceSid: ServiceSid,
            client: PrismTwilioClient.Create(_http));

        PrismAssert.AllValidated(_http, output, expectedRequests: 1);
        Assert.Contains("Channel=whatsapp", _http.Exchanges.Single().SentBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_Synchronous_ValidatesAndReadsTheVerification()
    {
        var verification = VerificationResource.Create(
            to: "+15017122661", channel: "call", pathServiceSid: ServiceSid, client: PrismTwilioClient.Create(_http));

        PrismAssert.AllValidated(_http, output, expectedRequests: 1);
        Assert.Matches("^VE[0-9a-fA-F]{32}$", verification.Sid);
    }

    [Fact]
    public async Task CreateAsync_ServiceSidTheSpecForbids_ThrowsApiExceptionWithPrismsStatus()
    {
        // No client-side check of the SID's shape: the spec's pattern (^VA[0-9a-fA-F]{32}$) is enforced by Prism.
        var error = await Assert.ThrowsAsync<ApiException>(() => VerificationResource.CreateAsync(
            to: "+15017122661", channel: "sms", pathServiceSid: "VA-not-a-sid", client: PrismTwilioClient.Create(_http)));

        Assert.Equal(422, error.Status);
        Assert.Equal(422, _http.Exchanges.Single().Status);
    }

    [Fact]
    public async Task CreateAsync_WithoutTheRequiredTo_ThrowsApiExceptionWithPrismsStatus()
    {
        // The library sends what it is given; the spec's required To is enforced by Prism.
        var error = await Assert.ThrowsAsync<ApiException>(() => VerificationResource.CreateAsync(
            to: null, channel: "sms", pathServiceSid: ServiceSid, client: PrismTwilioClient.Create(_http)));

        Assert.Equal(422, error.Status);
        Assert.DoesNotContain("To=", _http.Exchanges.Single().SentBody, StringComparison.Ordinal);
    }
}
