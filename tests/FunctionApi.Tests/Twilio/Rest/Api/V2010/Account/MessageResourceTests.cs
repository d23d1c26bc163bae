using ScriptHost.FunctionApi.Tests.Twilio.Clients;
using Twilio.Clients;
using Twilio.Rest.Api.V2010.Account;

namespace ScriptHost.FunctionApi.Tests.Twilio.Rest.Api.V2010.Account;

/// <summary>The wire format Twilio's own libraries use, checked exactly (Prism cannot check repeated keys).</summary>
public sealed class MessageResourceTests
{
    private const string AccountSid = "AC0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task CreateAsync_AllParameters_PostsTheFormWithMediaUrlRepeated()
    {
        var http = new RecordingOutboundHttp(201, "{}");

        await MessageResource.CreateAsync(
            to: "+15558675310",
            from: "+15017122661",
            body: "Hi & bye",
            mediaUrl: [new Uri("https://a.example/1.png"), new Uri("https://a.example/2.png?x=1")],
            statusCallback: new Uri("https://functions.example.com/status"),
            client: Client(http));

        var call = Assert.Single(http.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal($"https://api.twilio.com/2010-04-01/Accounts/{AccountSid}/Messages.json", call.Url);
        Assert.Equal("application/x-www-form-urlencoded", call.Headers["Content-Type"]);
        Assert.Equal(
            "To=%2B15558675310&From=%2B15017122661&Body=Hi%20%26%20bye" +
            "&MediaUrl=https%3A%2F%2Fa.example%2F1.png&MediaUrl=https%3A%2F%2Fa.example%2F2.png%3Fx%3D1" +
            "&StatusCallback=https%3A%2F%2Ffunctions.example.com%2Fstatus",
            call.Body);
    }

    [Fact]
    public async Task CreateAsync_NoSender_ThrowsArgumentExceptionWithoutSending()
    {
        var http = new RecordingOutboundHttp(201, "{}");

        await Assert.ThrowsAsync<ArgumentException>(() => MessageResource.CreateAsync(to: "+15558675310", body: "Hi", client: Client(http)));

        Assert.Empty(http.Calls);
    }

    [Fact]
    public async Task CreateAsync_NoContent_ThrowsArgumentExceptionWithoutSending()
    {
        var http = new RecordingOutboundHttp(201, "{}");

        await Assert.ThrowsAsync<ArgumentException>(() => MessageResource.CreateAsync(to: "+15558675310", from: "+15017122661", client: Client(http)));

        Assert.Empty(http.Calls);
    }

    [Fact]
    public async Task FetchAsync_SidWithPathCharacters_StaysOneEscapedSegment()
    {
        var http = new RecordingOutboundHttp(200, "{}");

        await MessageResource.FetchAsync("../Calls/CA1", client: Client(http));

        Assert.EndsWith("/Messages/..%2FCalls%2FCA1.json", Assert.Single(http.Calls).Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_NextPageOnAnotherHost_FollowsItOnTheClientsBaseUrlUntilTheLimit()
    {
        var pages = new Queue<string>([
            Page("SM1", "SM2", "/2010-04-01/Accounts/AC/Messages.json?PageSize=2&Page=1&PageToken=PA1"),
            Page("SM3", "SM4", "https://elsewhere.example/2010-04-01/Accounts/AC/Messages.json?PageSize=2&Page=2&PageToken=PA2"),
            Page("SM5", "SM6", "/never-read"),
        ]);
        var http = new RecordingOutboundHttp(_ => Task.FromResult(RecordingOutboundHttp.Result(200, pages.Dequeue())));

        var messages = await MessageResource.ReadAsync(to: "+15558675310", pageSize: 2, limit: 5, client: Client(http));

        Assert.Equal(["SM1", "SM2", "SM3", "SM4", "SM5"], messages.Select(message => message.Sid));
        Assert.True(messages.HasMore);
        Assert.Equal(3, messages.Pages);
        Assert.Equal(
            [
                $"https://api.twilio.com/2010-04-01/Accounts/{AccountSid}/Messages.json?To=%2B15558675310&PageSize=2",
                "https://api.twilio.com/2010-04-01/Accounts/AC/Messages.json?PageSize=2&Page=1&PageToken=PA1",
                "https://api.twilio.com/2010-04-01/Accounts/AC/Messages.json?PageSize=2&Page=2&PageToken=PA2",
            ],
            http.Calls.Select(call => call.Url));
    }

    [Fact]
    public async Task ReadAsync_NoLimit_ReadsUntilTheLastPage()
    {
        var pages = new Queue<string>([Page("SM1", "/p2"), Page("SM2", null)]);
        var http = new RecordingOutboundHttp(_ => Task.FromResult(RecordingOutboundHttp.Result(200, pages.Dequeue())));

        var messages = await MessageResource.ReadAsync(client: Client(http));

        Assert.Equal(2, messages.Count);
        Assert.False(messages.HasMore);
        Assert.DoesNotContain("PageSize", http.Calls[0].Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_DateFilters_SendIso8601InUtc()
    {
        var http = new RecordingOutboundHttp(200, Page([null]));

        await MessageResource.ReadAsync(
            dateSent: new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            dateSentBefore: new DateTimeOffset(2024, 1, 3, 1, 0, 0, TimeSpan.FromHours(1)).UtcDateTime,
            limit: 1500,
            client: Client(http));

        Assert.EndsWith("?DateSent=2024-01-02T03%3A04%3A05Z&DateSent%3C=2024-01-03T00%3A00%3A00Z&PageSize=1000", http.Calls[0].Url, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_TwilioMessage_ReadsSnakeCaseIntoTypedProperties()
    {
        var message = MessageResource.FromJson("""
            {"sid": "SM1", "status": "undelivered", "direction": "outbound-api", "from": "+15017122661", "to": "+15558675310",
             "body": "Hi", "date_created": "Fri, 24 May 2019 17:44:46 +0000", "date_sent": null, "price": "-0.00750",
             "price_unit": "USD", "error_code": 30004, "error_message": "Message blocked", "num_segments": "1",
             "subresource_uris": {"media": "/media.json"}}
            """);

        Assert.Equal(MessageResource.StatusEnum.Undelivered, message.Status);
        Assert.Equal(MessageResource.DirectionEnum.OutboundApi, message.Direction);
        Assert.Equal("+15017122661", message.From?.ToString());
        Assert.Equal(new DateTime(2019, 5, 24, 17, 44, 46, DateTimeKind.Utc), message.DateCreated);
        Assert.Null(message.DateSent);
        Assert.Equal(-0.0075m, message.Price);
        Assert.Equal(30004, message.ErrorCode);
        Assert.Equal("/media.json", message.SubresourceUris!["media"]);
    }

    private static TwilioRestClient Client(RecordingOutboundHttp http) => new(AccountSid, "token", http);

    private static string Page(params string?[] sidsThenNext)
    {
        var next = sidsThenNext[^1];
        var sids = sidsThenNext[..^1];
        var messages = string.Join(",", sids.Select(sid => $$"""{"sid":"{{sid}}"}"""));
        return $$"""{"messages":[{{messages}}],"next_page_uri":{{(next is null ? "null" : "\"" + next + "\"")}}}""";
    }
}
