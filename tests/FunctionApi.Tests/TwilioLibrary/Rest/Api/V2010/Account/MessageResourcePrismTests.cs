using ScriptHost.FunctionApi.Tests.Prism;
using ScriptHost.Functions;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Xunit.Abstractions;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary.Rest.Api.V2010.Account;

/// <summary>
/// The library's Messages resource, through a function's client, against Twilio's own OpenAPI description served by
/// Prism: every request must validate.
/// </summary>
[Collection(PrismCollection.Name)]
public sealed class MessageResourcePrismTests(PrismMockServer prism, ITestOutputHelper output)
{
    private const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    private const string MessagingServiceSid = "MG0123456789abcdef0123456789abcdef";

    private readonly PrismOutboundHttp _http = new(prism);

    // A function's client, as Context.GetTwilioClient() builds it; the transport routes api.twilio.com to the v2010 Prism.
    private ITwilioRestClient Client => PrismTwilioClient.Create(_http);

    [PrismFact]
    public async Task CreateAsync_ToFromBody_ValidatesAndReadsTheCreatedMessage()
    {
        var message = await MessageResource.CreateAsync(to: "+15558675310", from: "+15017122661", body: "Hello", client: Client);

        PrismAssert.AllValidated(_http, output, expectedRequests: 1);
        Assert.Matches("^(SM|MM)[0-9a-fA-F]{32}$", message.Sid);
        Assert.Equal(MessageResource.StatusEnum.Queued, message.Status);
        // The library parses dates into the process's local time.
        Assert.Equal(new DateTime(2023, 8, 24, 5, 1, 45, DateTimeKind.Utc), message.DateCreated!.Value.ToUniversalTime());
        Assert.NotNull(message.Body);
        Assert.NotNull(message.SubresourceUris);
    }

    [PrismFact]
    public void Create_SynchronousCall_ValidatesAndReadsTheCreatedMessage()
    {
        var message = MessageResource.Create(to: "+15558675310", from: "+15017122661", body: "Hello", client: Client);

        PrismAssert.AllValidated(_http, output, expectedRequests: 1);
        Assert.Matches("^(SM|MM)[0-9a-fA-F]{32}$", message.Sid);
    }

    [PrismFact]
    public async Task CreateAsync_MessagingServiceInsteadOfFrom_Validates()
    {
        var message = await MessageResource.CreateAsync(to: "+15558675310", messagingServiceSid: MessagingServiceSid, body: "Hi", client: Client);

        PrismAssert.AllValidated(_http, output, expectedRequests: 1);
        Assert.DoesNotContain("From=", _http.Exchanges.Single().SentBody, StringComparison.Ordinal);
        Assert.NotNull(message.Sid);
    }

    [PrismFact]
    public async Task CreateAsync_MediaUrlsAndStatusCallback_Validates()
    {
        await MessageResource.CreateAsync(
            to: "+15558675310",
            from: "+15017122661",
            body: "Look",
            mediaUrl: [new Uri("https://demo.twilio.com/owl.png"), new Uri("https://demo.twilio.com/logo.png")],
            statusCallback: new Uri("https://functions.example.com/status?x=1"),
            client: Client);

        PrismAssert.AllValidated(_http, output, expectedRequests: 1);
    }

    [PrismFact]
    public async Task FetchAsync_MessageSid_ValidatesAndReadsTheMessage()
    {
        var message = await MessageResource.FetchAsync("SM0123456789abcdef0123456789abcdef", client: Client);

        PrismAssert.AllValidated(_http, output, expectedRequests: 1);
        Assert.NotNull(message.Sid);
        Assert.NotNull(message.AccountSid);
    }

    [PrismFact]
    public async Task ReadAsync_FiltersAndLimit_ValidatesAndStopsAtTheLimit()
    {
        var messages = await MessageResource.ReadAsync(
            to: "+15558675310",
            from: "+15017122661",
            dateSentAfter: new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc),
            limit: 5,
            client: Client);

        PrismAssert.AllValidated(_http, output, expectedRequests: 1);
        Assert.Contains("PageSize=5", _http.Exchanges.Single().Request.Url, StringComparison.Ordinal);
        Assert.True(messages.Count() <= 5);
    }

    [PrismFact]
    public async Task ReadAsync_DateSent_Validates()
    {
        await MessageResource.ReadAsync(dateSent: new DateTime(2024, 1, 2, 10, 30, 0, DateTimeKind.Utc), pageSize: 20, limit: 20, client: Client);

        PrismAssert.AllValidated(_http, output, expectedRequests: 1);
    }

    [PrismFact]
    public async Task CreateAsync_ValueTheSpecForbids_ThrowsApiExceptionWithPrismsStatus()
    {
        // No client-side check on the SID's shape: the spec's pattern is enforced by the server (here, Prism).
        var error = await Assert.ThrowsAsync<ApiException>(() =>
            MessageResource.CreateAsync(to: "+15558675310", messagingServiceSid: "MG-not-a-sid", body: "Hi", client: Client));

        Assert.Equal(422, error.Status);
        Assert.False(string.IsNullOrEmpty(error.Message));
    }
}
