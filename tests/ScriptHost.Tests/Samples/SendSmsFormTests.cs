using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using static ScriptHost.Tests.Samples.TwilioWebhook;

namespace ScriptHost.Tests.Samples;

/// <summary>
/// scripts-samples/send-sms-form.csx, deployed public and posted to as a browser form would. One service sends to the
/// real Twilio API host, which does not resolve in tests (no network); the other is pointed at the fake Twilio API.
/// </summary>
[Collection(SampleServerCollection.Name)]
public sealed class SendSmsFormTests(SampleServer server)
{
    private const string Path = "send-sms-form";
    private const string OfflineService = "sample-send-sms-offline";
    private const string FakeApiService = "sample-send-sms-fake-api";
    private const string Passcode = "open sesame";

    [Fact]
    public async Task Post_WrongPasscode_Answers401WithoutLookingAtTheForm()
    {
        var (status, body) = await PostFormAsync(OfflineService, ("To", "+15558675310"), ("Body", "Hi"), ("Passcode", "guess"));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        JsonAssert.Equal("""{"error":"Wrong passcode."}""", body);
    }

    [Fact]
    public async Task Post_MissingToAndBody_Answers400ListingBoth()
    {
        var (status, body) = await PostFormAsync(OfflineService, ("Passcode", Passcode));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        JsonAssert.Equal("""{"error":"The form is not valid.","problems":["'To' is required.","'Body' is required."]}""", body);
    }

    [Fact]
    public async Task Post_ToNotE164_Answers400()
    {
        var (status, body) = await PostFormAsync(OfflineService, ("To", "555-867-5310"), ("Body", "Hi"), ("Passcode", Passcode));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        JsonAssert.Equal("""{"error":"The form is not valid.","problems":["'To' must be a phone number in E.164 form, e.g. +15558675310."]}""", body);
    }

    [Fact]
    public async Task Get_Answers405()
    {
        await EnsureServicesAsync();

        using var response = await server.Client.GetAsync($"/{OfflineService}/{Path}?To=%2B15558675310&Body=Hi&Passcode=open%20sesame");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_TwilioApiUnreachable_Answers502SayingTheMessageWasNotSent()
    {
        var (status, body) = await PostFormAsync(OfflineService, ("To", "+15558675310"), ("Body", "Your table is ready"), ("Passcode", Passcode));

        Assert.Equal(HttpStatusCode.BadGateway, status);
        Assert.Equal("Could not reach the Twilio API; the message was not sent.", (string?)body["error"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["detail"]));
    }

    [Fact]
    public async Task Post_ValidForm_SendsThroughTheMessagesApiAndAnswers201WithTheSid()
    {
        var (status, body) = await PostFormAsync(FakeApiService, ("To", "+15558675311"), ("Body", "Your table is ready & waiting"), ("Passcode", Passcode));

        Assert.Equal(HttpStatusCode.Created, status);
        var sent = Assert.Single(server.TwilioApi.RequestsWith("To", "+15558675311"));
        JsonAssert.Equal($$"""{"sid":"{{sent.AnsweredSid}}","status":"queued","to":"+15558675311"}""", body);
        Assert.Equal($"/2010-04-01/Accounts/{AccountSid}/Messages.json", sent.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AccountSid}:{AuthToken}")), sent.Authorization);
        Assert.Equal(TwilioNumber, sent.Form["From"]);
        Assert.Equal("Your table is ready & waiting", sent.Form["Body"]);
    }

    [Fact]
    public async Task Post_TwilioRefusesTheNumber_Answers502WithTwilioErrorCode()
    {
        var (status, body) = await PostFormAsync(FakeApiService, ("To", FakeTwilioApi.InvalidNumber), ("Body", "Hi"), ("Passcode", Passcode));

        Assert.Equal(HttpStatusCode.BadGateway, status);
        JsonAssert.Equal(
            """{"error":"Twilio did not accept the message.","twilioStatus":400,"twilioCode":"21211","detail":"The 'To' number +15005550001 is not a valid phone number."}""",
            body);
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> PostFormAsync(string service, params (string Name, string Value)[] fields)
    {
        await EnsureServicesAsync();
        using var response = await server.PostAsync(service, Path, [.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private async Task EnsureServicesAsync()
    {
        var environment = new Dictionary<string, string>
        {
            ["ACCOUNT_SID"] = AccountSid,
            ["TWILIO_AUTH_TOKEN"] = AuthToken,
            ["TWILIO_PHONE_NUMBER"] = TwilioNumber,
            ["FORM_PASSCODE"] = Passcode,
        };
        await server.ServiceAsync(OfflineService, Path, "public", environment);
        await server.ServiceAsync(FakeApiService, Path, "public", new Dictionary<string, string>(environment) { ["TWILIO_API_BASE_URL"] = $"http://{SampleServer.FakeApiHost}" }, allowFakeApi: true);
    }
}
