using ScriptHost.FunctionApi.Tests.Prism;
using ScriptHost.Functions;
using Twilio.Clients;
using Twilio.Rest.Api.V2010.Account;
using Twilio.TwiML;
using Twilio.Types;
using Xunit.Abstractions;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary.Rest.Api.V2010.Account;

/// <summary>
/// The library's Calls resource, through a function's client, against Twilio's own OpenAPI description served by
/// Prism: every request must validate.
/// </summary>
[Collection(PrismCollection.Name)]
public sealed class CallResourcePrismTests(PrismMockServer prism, ITestOutputHelper output)
{
    private const string AccountSid = "AC0123456789abcdef0123456789abcdef";

    private readonly PrismOutboundHttp _http = new(prism);

    // A function's client, as Context.GetTwilioClient() builds it; the transport routes api.twilio.com to the v2010 Prism.
    private ITwilioRestClient Client => PrismTwilioClient.Create(_http);

    [PrismFact]
    public async Task CreateAsync_Twiml_ValidatesAndReadsTheCall()
    {
        var twiml = new VoiceResponse().Say("Hello from ScriptHost").ToString();

        var call = await CallResource.CreateAsync(to: new PhoneNumber("+15558675310"), from: new PhoneNumber("+15017122661"), twiml: twiml, client: Client);

        PrismAssert.AllValidated(_http, output, expectedRequests: 1);
        Assert.Matches("^CA[0-9a-fA-F]{32}$", call.Sid);
        Assert.NotNull(call.Status);
        Assert.Equal(new DateTime(2010, 8, 31, 20, 36, 28, DateTimeKind.Utc), call.DateCreated!.Value.ToUniversalTime());
    }

    [PrismFact]
    public async Task CreateAsync_UrlAndStatusCallbackOptions_Validates()
    {
        await CallResource.CreateAsync(
            to: new PhoneNumber("+15558675310"),
            from: new PhoneNumber("+15017122661"),
            url: new Uri("https://functions.example.com/voice"),
            method: global::Twilio.Http.HttpMethod.Get,
            statusCallback: new Uri("https://functions.example.com/call-status"),
            statusCallbackEvent: ["initiated", "completed"],
            statusCallbackMethod: global::Twilio.Http.HttpMethod.Post,
            timeout: 20,
            record: true,
            client: Client);

        PrismAssert.AllValidated(_http, output, expectedRequests: 1);
    }

    [PrismFact]
    public async Task FetchAsync_CallSid_Validates()
    {
        var call = await CallResource.FetchAsync("CA0123456789abcdef0123456789abcdef", client: Client);

        PrismAssert.AllValidated(_http, output, expectedRequests: 1);
        Assert.NotNull(call.Sid);
    }
}
