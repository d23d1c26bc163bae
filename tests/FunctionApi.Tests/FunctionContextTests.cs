using System.Text;
using ScriptHost.FunctionApi.Tests.Twilio.Clients;
using ScriptHost.Functions;

namespace ScriptHost.FunctionApi.Tests;

public sealed class FunctionContextTests
{
    private const string AccountSid = "AC0123456789abcdef0123456789abcdef";

    [Fact]
    public void GetTwilioClient_AccountSidAndAuthToken_BuildsOneClientForTheAccount()
    {
        var context = Context(new() { ["ACCOUNT_SID"] = AccountSid, ["AUTH_TOKEN"] = "token" });

        var client = context.GetTwilioClient();

        Assert.Same(client, context.GetTwilioClient());
        Assert.Equal(AccountSid, client.AccountSid);
        Assert.Equal(AccountSid, client.Username);
        Assert.Equal("https://api.twilio.com", client.BaseUrl);
    }

    [Fact]
    public async Task GetTwilioClient_ApiKeyAndBaseUrl_AuthenticatesAsTheKeyAgainstThatHost()
    {
        var http = new RecordingOutboundHttp(200, "{}");
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

        await global::Twilio.Rest.Api.V2010.Account.MessageResource.FetchAsync("SM1", client: context.GetTwilioClient());

        var call = Assert.Single(http.Calls);
        Assert.StartsWith($"http://127.0.0.1:4010/2010-04-01/Accounts/{AccountSid}/", call.Url, StringComparison.Ordinal);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("SK1:secret")), call.Headers["Authorization"]);
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

    [Fact]
    public void GetTwilioClient_ContextWithoutHttp_ThrowsInvalidOperation()
    {
        var context = new FunctionContext(new Dictionary<string, string> { ["ACCOUNT_SID"] = AccountSid, ["AUTH_TOKEN"] = "t" }, "svc", "/f", "example.com");

        Assert.Throws<InvalidOperationException>(context.GetTwilioClient);
    }

    private static FunctionContext Context(Dictionary<string, string> env, RecordingOutboundHttp? http = null) =>
        new(env, "svc", "/sms", "functions.example.com", http ?? new RecordingOutboundHttp(200, "{}"), CancellationToken.None);
}
