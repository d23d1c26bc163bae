using System.Text;
using ScriptHost.Functions;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;

namespace ScriptHost.FunctionApi.Tests.Twilio.Clients;

public sealed class TwilioRestClientTests
{
    private const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    private const string KeySid = "SK0123456789abcdef0123456789abcdef";
    private const string MessageJson = """{"sid":"SM0123456789abcdef0123456789abcdef","status":"queued"}""";

    [Fact]
    public async Task Request_AuthToken_SendsBasicAuthOfAccountSidAndTokenToTheAccountsPath()
    {
        var http = new RecordingOutboundHttp(200, MessageJson);

        await MessageResource.FetchAsync("SM0123456789abcdef0123456789abcdef", client: new TwilioRestClient(AccountSid, "token", http));

        var call = Assert.Single(http.Calls);
        Assert.Equal("GET", call.Method);
        Assert.Equal($"https://api.twilio.com/2010-04-01/Accounts/{AccountSid}/Messages/SM0123456789abcdef0123456789abcdef.json", call.Url);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(AccountSid + ":token")), call.Headers["Authorization"]);
        Assert.Equal("application/json", call.Headers["Accept"]);
    }

    [Fact]
    public async Task Request_ApiKey_AuthenticatesAsTheKeyAndAddressesTheAccount()
    {
        var http = new RecordingOutboundHttp(200, MessageJson);

        await MessageResource.FetchAsync("SM1", client: new TwilioRestClient(KeySid, "secret", http, accountSid: AccountSid));

        var call = Assert.Single(http.Calls);
        Assert.Contains($"/Accounts/{AccountSid}/", call.Url, StringComparison.Ordinal);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(KeySid + ":secret")), call.Headers["Authorization"]);
    }

    [Fact]
    public void Constructor_ApiKeyWithoutAccountSid_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new TwilioRestClient(KeySid, "secret", new RecordingOutboundHttp(200, "{}")));
    }

    [Theory]
    [InlineData("http://127.0.0.1:4010/", "http://127.0.0.1:4010")]
    [InlineData("https://api.twilio.com", "https://api.twilio.com")]
    public void Constructor_BaseUrl_KeepsSchemeHostAndPort(string baseUrl, string expected)
    {
        Assert.Equal(expected, new TwilioRestClient(AccountSid, "token", new RecordingOutboundHttp(200, "{}"), baseUrl: baseUrl).BaseUrl);
    }

    [Theory]
    [InlineData("https://api.twilio.com/2010-04-01")]
    [InlineData("ftp://api.twilio.com")]
    [InlineData("api.twilio.com")]
    public void Constructor_BaseUrlThatIsNotAnOrigin_ThrowsArgumentException(string baseUrl)
    {
        Assert.Throws<ArgumentException>(() => new TwilioRestClient(AccountSid, "token", new RecordingOutboundHttp(200, "{}"), baseUrl: baseUrl));
    }

    [Fact]
    public async Task Request_TwilioErrorJson_ThrowsTwilioApiExceptionWithItsFields()
    {
        var http = new RecordingOutboundHttp(400, """
            {"code": 21211, "message": "The 'To' number +1555 is not a valid phone number.",
             "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400}
            """);

        var error = await Assert.ThrowsAsync<TwilioApiException>(() =>
            MessageResource.CreateAsync(to: "+1555", from: "+15017122661", body: "Hi", client: new TwilioRestClient(AccountSid, "token", http)));

        Assert.Equal(21211, error.Code);
        Assert.Equal("The 'To' number +1555 is not a valid phone number.", error.Message);
        Assert.Equal("https://www.twilio.com/docs/errors/21211", error.MoreInfo);
        Assert.Equal(400, error.Status);
    }

    [Fact]
    public async Task Request_ErrorThatIsNotJson_ThrowsTwilioApiExceptionWithTheHttpStatus()
    {
        var http = new RecordingOutboundHttp(502, "<html>Bad gateway</html>");

        var error = await Assert.ThrowsAsync<TwilioApiException>(() =>
            CallResource.FetchAsync("CA1", client: new TwilioRestClient(AccountSid, "token", http)));

        Assert.Null(error.Code);
        Assert.Equal(502, error.Status);
        Assert.Contains("Bad gateway", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_InvocationCancelledWhileTransportWaits_ThrowsOperationCanceled()
    {
        using var invocation = new CancellationTokenSource();
        var http = new RecordingOutboundHttp(async _ =>
        {
            // As the host's egress client does: the transport observes the invocation's token.
            await Task.Delay(Timeout.Infinite, invocation.Token);
            return RecordingOutboundHttp.Result(200, MessageJson);
        });
        var client = new TwilioRestClient(AccountSid, "token", http, cancellation: invocation.Token);

        var fetch = MessageResource.FetchAsync("SM1", client: client);
        invocation.CancelAfter(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetch);
    }

    [Fact]
    public async Task Request_CallerCancelsWhileTransportIgnoresIt_StopsWaiting()
    {
        var never = new TaskCompletionSource<HttpResult>();
        var http = new RecordingOutboundHttp(_ => never.Task);
        using var caller = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            MessageResource.FetchAsync("SM1", client: new TwilioRestClient(AccountSid, "token", http), cancellationToken: caller.Token));
    }

    [Fact]
    public async Task Request_InvocationAlreadyCancelled_SendsNothing()
    {
        var http = new RecordingOutboundHttp(200, MessageJson);
        var client = new TwilioRestClient(AccountSid, "token", http, cancellation: new CancellationToken(canceled: true));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => MessageResource.FetchAsync("SM1", client: client));

        Assert.Empty(http.Calls);
    }

    [Fact]
    public async Task Request_EgressRefusal_PropagatesUnchanged()
    {
        var http = new RecordingOutboundHttp(_ => throw new EgressDeniedException("api.twilio.com", null, "not on the service's egress allowlist"));

        await Assert.ThrowsAsync<EgressDeniedException>(() =>
            MessageResource.FetchAsync("SM1", client: new TwilioRestClient(AccountSid, "token", http)));
    }
}
