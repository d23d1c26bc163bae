using ScriptHost.FunctionApi.Tests.Prism;
using Twilio.Rest.Lookups.V2;
using Xunit.Abstractions;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary.Rest.Lookups.V2;

/// <summary>
/// Lookup v2 through the Twilio library and a function's client, against Twilio's Lookups v2 OpenAPI description
/// served by Prism. The spec declares every parameter a free string, so Prism checks little beyond the path and the
/// parameter names; these tests also pin the request's shape and that the library reads the spec's example answer.
/// </summary>
[Collection(PrismCollection.Name)]
public sealed class PhoneNumberResourcePrismTests(PrismMockServer prism, ITestOutputHelper output)
{
    private readonly PrismOutboundHttp _http = new(prism);

    [Fact]
    public async Task FetchAsync_Fields_ValidatesAndReadsThePhoneNumber()
    {
        var number = await PhoneNumberResource.FetchAsync(
            pathPhoneNumber: "+15017122661", fields: "line_type_intelligence,caller_name", client: PrismTwilioClient.Create(_http));

        PrismAssert.AllValidated(_http, output, expectedRequests: 1);
        var exchange = _http.Exchanges.Single();
        Assert.Equal("GET", exchange.Request.Method);
        Assert.Equal("https://lookups.twilio.com/v2/PhoneNumbers/+15017122661?Fields=line_type_intelligence%2Ccaller_name", exchange.Request.Url);
        Assert.Equal(TwilioSpecs.LookupsV2, exchange.Spec);
        Assert.Equal("+14159929960", number.PhoneNumber.ToString());
        Assert.Equal("US", number.CountryCode);
        Assert.True(number.Valid);
    }

    [Fact]
    public async Task FetchAsync_NumberOnly_SendsNoQuery()
    {
        await PhoneNumberResource.FetchAsync(pathPhoneNumber: "+15017122661", client: PrismTwilioClient.Create(_http));

        PrismAssert.AllValidated(_http, output, expectedRequests: 1);
        Assert.Equal("https://lookups.twilio.com/v2/PhoneNumbers/+15017122661", _http.Exchanges.Single().Request.Url);
    }

    [Fact]
    public async Task FetchAsync_IdentityMatchParameters_Validates()
    {
        await PhoneNumberResource.FetchAsync(
            pathPhoneNumber: "+15017122661",
            fields: "identity_match",
            firstName: "Ada",
            lastName: "Lovelace",
            addressCountryCode: "GB",
            dateOfBirth: "18151210",
            client: PrismTwilioClient.Create(_http));

        PrismAssert.AllValidated(_http, output, expectedRequests: 1);
        Assert.Contains("FirstName=Ada&LastName=Lovelace", _http.Exchanges.Single().Request.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void Fetch_Synchronous_ValidatesAndReadsThePhoneNumber()
    {
        var number = PhoneNumberResource.Fetch(pathPhoneNumber: "+15017122661", fields: "validation", client: PrismTwilioClient.Create(_http));

        PrismAssert.AllValidated(_http, output, expectedRequests: 1);
        Assert.Equal("+14159929960", number.PhoneNumber.ToString());
    }
}
