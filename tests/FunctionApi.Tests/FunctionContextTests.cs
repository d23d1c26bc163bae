using System.Text;
using ScriptHost.FunctionApi.Tests.TwilioLibrary;
using ScriptHost.Functions;
using Twilio.Rest.Api.V2010.Account;

namespace ScriptHost.FunctionApi.Tests;

public sealed class FunctionContextTests
{
    private const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    private const string MessageJson = """{"sid": "SM1", "status": "queued"}""";

    [Fact]
    public async Task GetTwilioClient_AccountSidAndAuthToken_BuildsOneClientThatSendsAsTheAccount()
    {
        var http = new RecordingOutboundHttp(200, MessageJson);
        var context = Context(new() { ["ACCOUNT_SID"] = AccountSid, ["AUTH_TOKEN"] = "token" }, http);

        var client = context.GetTwilioClient();
        await MessageResource.FetchAsync("SM1", client: client);

        Assert.Same(client, context.GetTwilioClient());
        Assert.Equal(AccountSid, client.AccountSid);
        var call = Assert.Single(http.Calls);
        Assert.Equal($"https://api.twilio.com/2010-04-01/Accounts/{AccountSid}/Messages/SM1.json", call.Url);
        Assert.Equal(Basic(AccountSid, "token"), call.Headers["Authorization"]);
    }

    [Fact]
    public async Task GetTwilioClient_OnlyTheWebhookAuthToken_UsesItAsTheAuthToken()
    {
        var http = new RecordingOutboundHttp(200, MessageJson);
        var context = Context(new() { ["ACCOUNT_SID"] = AccountSid, ["TWILIO_AUTH_TOKEN"] = "webhook-token" }, http);

        await MessageResource.FetchAsync("SM1", client: context.GetTwilioClient());

        Assert.Equal(Basic(AccountSid, "webhook-token"), Assert.Single(http.Calls).Headers["Authorization"]);
    }

    [Fact]
    public async Task GetTwilioClient_ApiKeyAndBaseUrl_AuthenticatesAsTheKeyAgainstThatHost()
    {
        var http = new RecordingOutboundHttp(200, MessageJson);
        var context = Context(
            new()
            {
                ["ACCOUNT_SID"] = AccountSid,
                ["AUTH_TOKEN"] = "token",
                ["API_KEY_SID"] = "SK1",
                ["API_KEY_SECRET"] = "secret",
                ["TWILIO_API_BASE_URL"] = "http://127.0.0.1:4010",
            },
            http);

        await MessageResource.FetchAsync("SM1", client: context.GetTwilioClient());

        var call = Assert.Single(http.Calls);
        Assert.Equal($"http://127.0.0.1:4010/2010-04-01/Accounts/{AccountSid}/Messages/SM1.json", call.Url);
        Assert.Equal(Basic("SK1", "secret"), call.Headers["Authorization"]);
    }

    [Theory]
    [InlineData("AUTH_TOKEN", "ACCOUNT_SID")]
    [InlineData("ACCOUNT_SID", "AUTH_TOKEN")]
    [InlineData("ACCOUNT_SID", "API_KEY_SECRET", "API_KEY_SID")]
    public void GetTwilioClient_MissingVariable_ThrowsNamingIt(string present, string missing, string? alsoPresent = null)
    {
        var env = new Dictionary<string, string> { [present] = present == "ACCOUNT_SID" ? AccountSid : "value" };
        if (alsoPresent is not null)
        {
            env[alsoPresent] = "SK1";
        }

        var error = Assert.Throws<InvalidOperationException>(() => Context(env).GetTwilioClient());

        Assert.Contains($"environment variable {missing} ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://api.twilio.com/2010-04-01")]
    [InlineData("ftp://api.twilio.com")]
    [InlineData("api.twilio.com")]
    [InlineData("https://user:pass@api.twilio.com")]
    public void GetTwilioClient_BaseUrlNotASchemeHostAndPort_ThrowsSayingTheVariablesAreNotUsable(string baseUrl)
    {
        var context = Context(new() { ["ACCOUNT_SID"] = AccountSid, ["AUTH_TOKEN"] = "token", ["TWILIO_API_BASE_URL"] = baseUrl });

        var error = Assert.Throws<InvalidOperationException>(context.GetTwilioClient);

        Assert.Contains("Twilio variables are not usable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetTwilioClient_ContextWithoutHttp_ThrowsInvalidOperation()
    {
        var context = new FunctionContext(new Dictionary<string, string> { ["ACCOUNT_SID"] = AccountSid, ["AUTH_TOKEN"] = "t" }, "svc", "/f", "example.com");

        Assert.Throws<InvalidOperationException>(context.GetTwilioClient);
    }

    private static string Basic(string user, string password) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));

    private static FunctionContext Context(Dictionary<string, string> env, RecordingOutboundHttp? http = null) =>
        new(env, "svc", "/sms", "functions.example.com", http ?? new RecordingOutboundHttp(200, "{}"), CancellationToken.None);
}
