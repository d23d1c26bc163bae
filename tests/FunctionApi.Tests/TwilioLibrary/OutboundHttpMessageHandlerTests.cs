using System.Text;
using ScriptHost.Functions;
using ScriptHost.Functions.TwilioLibrary;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Rest.Verify.V2.Service;
using Twilio.Types;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary;

/// <summary>The Twilio library's own resource calls, sent through <see cref="TwilioClientFactory"/>'s client to a fake transport.</summary>
public sealed class OutboundHttpMessageHandlerTests
{
    private const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    private const string MessagesUrl = $"https://api.twilio.com/2010-04-01/Accounts/{AccountSid}/Messages.json";
    private const string QueuedMessage = """{"sid": "SM1", "status": "queued", "body": "hi & bye"}""";

    [Fact]
    public async Task CreateAsync_Message_SendsOneFormPostWithTheLibrarysHeadersAndReadsTheAnswer()
    {
        var http = new RecordingOutboundHttp(201, QueuedMessage);

        var message = await MessageResource.CreateAsync(
            to: new PhoneNumber("+15558675310"), from: new PhoneNumber("+15017122661"), body: "hi & bye", client: Client(http));

        Assert.Equal("SM1", message.Sid);
        Assert.Equal("queued", message.Status.ToString());
        var call = Assert.Single(http.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal(MessagesUrl, call.Url);
        Assert.Equal("To=%2B15558675310&From=%2B15017122661&Body=hi+%26+bye", call.Body);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(AccountSid + ":token")), call.Headers["Authorization"]);
        Assert.Equal("application/json", call.Headers["Accept"]);
        Assert.StartsWith("twilio-csharp/8.2.0 ", call.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.StartsWith("application/x-www-form-urlencoded", call.Headers["Content-Type"], StringComparison.Ordinal);
        // The host's transport sets the length (and refuses one from a function).
        Assert.False(call.Headers.ContainsKey("Content-Length"));
    }

    [Fact]
    public void Create_SynchronousCall_SendsTheSameRequest()
    {
        var http = new RecordingOutboundHttp(201, QueuedMessage);

        var message = MessageResource.Create(to: new PhoneNumber("+15558675310"), from: new PhoneNumber("+15017122661"), body: "hi", client: Client(http));

        Assert.Equal("SM1", message.Sid);
        Assert.Equal(MessagesUrl, Assert.Single(http.Calls).Url);
    }

    [Fact]
    public async Task CreateAsync_ApiKey_AuthenticatesAsTheKeyForTheAccount()
    {
        var http = new RecordingOutboundHttp(201, QueuedMessage);
        var client = TwilioClientFactory.Create("SK1", "secret", AccountSid, baseUrl: null, http, CancellationToken.None);

        await MessageResource.CreateAsync(to: new PhoneNumber("+15558675310"), from: new PhoneNumber("+15017122661"), body: "hi", client: client);

        var call = Assert.Single(http.Calls);
        Assert.Equal(MessagesUrl, call.Url);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("SK1:secret")), call.Headers["Authorization"]);
    }

    [Fact]
    public async Task CreateAsync_BaseUrl_SendsEveryProductsRequestThereWithPathAndQuery()
    {
        // One answer for both: a verification, and a page of no messages.
        var http = new RecordingOutboundHttp(200, """{"sid": "VE1", "status": "pending", "messages": [], "uri": "/2010-04-01/Accounts/AC/Messages.json"}""");
        var client = TwilioClientFactory.Create(AccountSid, "token", AccountSid, "http://127.0.0.1:4010", http, CancellationToken.None);

        await VerificationResource.CreateAsync(pathServiceSid: "VA1", to: "+15558675310", channel: "sms", client: client);
        await MessageResource.ReadAsync(to: new PhoneNumber("+15558675310"), pageSize: 2, limit: 2, client: client);

        Assert.Equal(
            ["http://127.0.0.1:4010/v2/Services/VA1/Verifications", $"http://127.0.0.1:4010/2010-04-01/Accounts/{AccountSid}/Messages.json?To=%2B15558675310&PageSize=2"],
            http.Calls.Select(c => c.Url));
    }

    [Theory]
    [InlineData("https://example.com/x")]
    [InlineData("https://api.twilio.com.evil.test/x")]
    [InlineData("http://api.twilio.com/x")]
    public async Task SendAsync_BaseUrlAndAnUrlNotOfTwiliosHttpsHosts_LeavesTheUrlAsItIs(string url)
    {
        var http = new RecordingOutboundHttp(200, "{}");
        using var client = new HttpClient(new OutboundHttpMessageHandler(http, new Uri("http://127.0.0.1:4010"), CancellationToken.None));

        using var response = await client.GetAsync(new Uri(url));

        Assert.Equal(url, Assert.Single(http.Calls).Url);
    }

    [Fact]
    public void Read_SeveralPages_FollowsTheNextPageUris()
    {
        var pages = new Queue<string>(
        [
            """{"messages": [{"sid": "SM1"}, {"sid": "SM2"}], "uri": "/p0", "page_size": 2, "next_page_uri": "/2010-04-01/Accounts/AC/Messages.json?PageSize=2&Page=1&PageToken=PA1"}""",
            """{"messages": [{"sid": "SM3"}, {"sid": "SM4"}], "uri": "/p1", "page_size": 2, "next_page_uri": "/2010-04-01/Accounts/AC/Messages.json?PageSize=2&Page=2&PageToken=PA2"}""",
            """{"messages": [{"sid": "SM5"}], "uri": "/p2", "page_size": 2, "next_page_uri": null}""",
        ]);
        var http = new RecordingOutboundHttp(_ => Task.FromResult(RecordingOutboundHttp.Result(200, pages.Dequeue())));

        var sids = MessageResource.Read(pageSize: 2, limit: 5, client: Client(http)).Select(m => m.Sid).ToList();

        Assert.Equal(["SM1", "SM2", "SM3", "SM4", "SM5"], sids);
        Assert.Equal(
            [
                $"{MessagesUrl}?PageSize=2",
                "https://api.twilio.com/2010-04-01/Accounts/AC/Messages.json?PageSize=2&Page=1&PageToken=PA1",
                "https://api.twilio.com/2010-04-01/Accounts/AC/Messages.json?PageSize=2&Page=2&PageToken=PA2",
            ],
            http.Calls.Select(c => c.Url));
    }

    [Fact]
    public async Task CreateAsync_TwilioErrorJson_ThrowsApiExceptionWithItsCodeAndStatus()
    {
        var http = new RecordingOutboundHttp(400, """{"code": 21211, "message": "The 'To' number +15005550001 is not a valid phone number.", "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400}""");

        var error = await Assert.ThrowsAsync<ApiException>(() =>
            MessageResource.CreateAsync(to: new PhoneNumber("+15005550001"), from: new PhoneNumber("+15017122661"), body: "hi", client: Client(http)));

        Assert.Equal(21211, error.Code);
        Assert.Equal(400, error.Status);
        Assert.Equal("The 'To' number +15005550001 is not a valid phone number.", error.Message);
        Assert.Equal("https://www.twilio.com/docs/errors/21211", error.MoreInfo);
    }

    [Fact]
    public async Task CreateAsync_ErrorAnswerThatIsNotJson_ThrowsApiExceptionCarryingTheAnswer()
    {
        var http = new RecordingOutboundHttp(_ => Task.FromResult(new HttpResult(502, new Dictionary<string, string> { ["content-type"] = "text/html" }, "<html>Bad gateway</html>")));

        var error = await Assert.ThrowsAsync<ApiException>(() => MessageResource.FetchAsync("SM1", client: Client(http)));

        Assert.Contains("<html>Bad gateway</html>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_EgressRefusal_ThrowsApiConnectionExceptionWithTheRefusalInside()
    {
        var refusal = new EgressDeniedException("api.twilio.com", null, "not on the service's egress allowlist");
        var http = new RecordingOutboundHttp(_ => throw refusal);

        var error = await Assert.ThrowsAsync<ApiConnectionException>(() => MessageResource.FetchAsync("SM1", client: Client(http)));

        Assert.Same(refusal, error.InnerException);
    }

    [Fact]
    public async Task FetchAsync_InvocationCancelledWhileWaiting_ReturnsWithATimeoutInsideTheConnectionError()
    {
        using var invocation = new CancellationTokenSource();
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var http = new RecordingOutboundHttp(_ =>
        {
            sent.SetResult();
            return new TaskCompletionSource<HttpResult>().Task;
        });

        var call = MessageResource.FetchAsync("SM1", client: Client(http, invocation.Token));
        await sent.Task;
        await invocation.CancelAsync();

        var error = await Assert.ThrowsAsync<ApiConnectionException>(() => call);
        Assert.IsType<TimeoutException>(error.InnerException);
    }

    [Fact]
    public async Task Fetch_SynchronousCallInvocationCancelledWhileWaiting_ReturnsWithATimeoutInsideTheConnectionError()
    {
        using var invocation = new CancellationTokenSource();
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var http = new RecordingOutboundHttp(_ =>
        {
            sent.SetResult();
            return new TaskCompletionSource<HttpResult>().Task;
        });
        var client = Client(http, invocation.Token);

        var blocked = Task.Factory.StartNew(() => MessageResource.Fetch("SM1", client: client), TaskCreationOptions.LongRunning);
        await sent.Task;
        await invocation.CancelAsync();

        var error = await Assert.ThrowsAsync<ApiConnectionException>(() => blocked);
        Assert.IsType<TimeoutException>(error.InnerException);
    }

    [Fact]
    public async Task FetchAsync_TransportCancelledBeforeTheInvocationEnds_AnswersOnlyOnceItHasEnded()
    {
        // A worker hears from the host that the invocation is over just before its own timer fires: the call must end
        // with the invocation (its time limit), not as a connection error of its own a moment earlier.
        using var invocation = new CancellationTokenSource();
        var http = new RecordingOutboundHttp(_ => Task.FromException<HttpResult>(new OperationCanceledException("The invocation was cancelled.")));

        var call = MessageResource.FetchAsync("SM1", client: Client(http, invocation.Token));
        var answeredFirst = await Task.WhenAny(call, Task.Delay(200)) == call;
        await invocation.CancelAsync();

        Assert.False(answeredFirst);
        var error = await Assert.ThrowsAsync<ApiConnectionException>(() => call);
        Assert.IsType<TimeoutException>(error.InnerException);
    }

    [Fact]
    public async Task FetchAsync_InvocationAlreadyCancelled_SendsNothing()
    {
        var http = new RecordingOutboundHttp(200, QueuedMessage);

        await Assert.ThrowsAsync<ApiConnectionException>(() => MessageResource.FetchAsync("SM1", client: Client(http, new CancellationToken(canceled: true))));

        Assert.Empty(http.Calls);
    }

    [Fact]
    public void Create_TwilioLogLevelDebugInTheEnvironment_ClientStillLogsNothing()
    {
        var before = Environment.GetEnvironmentVariable("TWILIO_LOG_LEVEL");
        Environment.SetEnvironmentVariable("TWILIO_LOG_LEVEL", "debug");
        try
        {
            var client = Assert.IsType<TwilioRestClient>(Client(new RecordingOutboundHttp(200, "{}")));

            Assert.Null(client.LogLevel);
        }
        finally
        {
            Environment.SetEnvironmentVariable("TWILIO_LOG_LEVEL", before);
        }
    }

    private static ITwilioRestClient Client(IOutboundHttp http, CancellationToken invocation = default) =>
        TwilioClientFactory.Create(AccountSid, "token", AccountSid, baseUrl: null, http, invocation);
}
