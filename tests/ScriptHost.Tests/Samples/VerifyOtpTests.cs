using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using static ScriptHost.Tests.Samples.TwilioWebhook;

namespace ScriptHost.Tests.Samples;

/// <summary>
/// scripts-samples/verify-otp.csx, deployed public and posted to as a sign-in form would: the Twilio library's Verify
/// resources, through the function's client, against the fake Twilio API's Verify endpoints.
/// </summary>
[Collection(SampleServerCollection.Name)]
public sealed class VerifyOtpTests(SampleServer server)
{
    private const string Path = "verify-otp";
    private const string Service = "sample-verify-otp";
    private const string UnconfiguredService = "sample-verify-otp-unset";
    private const string VerifyServiceSid = "VA0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task Post_To_StartsAnSmsVerificationAndAnswers202Pending()
    {
        var (status, body) = await PostFormAsync(Service, ("To", "+15558675320"));

        Assert.Equal(HttpStatusCode.Accepted, status);
        JsonAssert.Equal("""{"status":"pending"}""", body);
        var sent = Assert.Single(server.TwilioApi.RequestsWith("To", "+15558675320"));
        Assert.Equal($"/v2/Services/{VerifyServiceSid}/Verifications", sent.Path);
        Assert.Equal("sms", sent.Form["Channel"]);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AccountSid}:{AuthToken}")), sent.Authorization);
    }

    [Fact]
    public async Task Post_ToAndTheCodeSent_ChecksItAndAnswersVerified()
    {
        await PostFormAsync(Service, ("To", "+15558675321"));

        var (status, body) = await PostFormAsync(Service, ("To", "+15558675321"), ("Code", FakeTwilioApi.VerificationCode));

        Assert.Equal(HttpStatusCode.OK, status);
        JsonAssert.Equal("""{"verified":true}""", body);
        var check = Assert.Single(server.TwilioApi.RequestsWith("Code", FakeTwilioApi.VerificationCode), r => r.Form["To"] == "+15558675321");
        Assert.Equal($"/v2/Services/{VerifyServiceSid}/VerificationCheck", check.Path);
    }

    [Fact]
    public async Task Post_ToAndAWrongCode_Answers401NotVerified()
    {
        await PostFormAsync(Service, ("To", "+15558675322"));

        var (status, body) = await PostFormAsync(Service, ("To", "+15558675322"), ("Code", "000000"));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        JsonAssert.Equal("""{"verified":false}""", body);
    }

    [Fact]
    public async Task Post_CodeWithoutAPendingVerification_Answers404FromVerifysError()
    {
        var (status, body) = await PostFormAsync(Service, ("To", "+15558675323"), ("Code", FakeTwilioApi.VerificationCode));

        Assert.Equal(HttpStatusCode.NotFound, status);
        JsonAssert.Equal("""{"verified":false,"error":"No code is pending for this number; ask for a new one."}""", body);
    }

    [Fact]
    public async Task Post_ToNotE164_Answers400WithoutCallingTwilio()
    {
        var (status, body) = await PostFormAsync(Service, ("To", "555-867-5310"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        JsonAssert.Equal("""{"error":"'To' must be a phone number in E.164 form, e.g. +15558675310."}""", body);
        Assert.Empty(server.TwilioApi.RequestsWith("To", "555-867-5310"));
    }

    [Fact]
    public async Task Post_NoVerifyServiceSid_Answers500SayingItIsNotSetUp()
    {
        var (status, body) = await PostFormAsync(UnconfiguredService, ("To", "+15558675324"));

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        JsonAssert.Equal("""{"error":"Verification is not set up yet."}""", body);
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> PostFormAsync(string service, params (string Name, string Value)[] fields)
    {
        await EnsureServicesAsync();
        using var response = await server.PostAsync(service, Path, [.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/json", $"{(int)response.StatusCode}: {text}");
        return (response.StatusCode, JsonNode.Parse(text)!);
    }

    private async Task EnsureServicesAsync()
    {
        var environment = new Dictionary<string, string>
        {
            ["ACCOUNT_SID"] = AccountSid,
            ["TWILIO_AUTH_TOKEN"] = AuthToken,
            ["TWILIO_API_BASE_URL"] = $"http://{SampleServer.FakeApiHost}",
        };
        await server.ServiceAsync(Service, Path, "public", new Dictionary<string, string>(environment) { ["VERIFY_SERVICE_SID"] = VerifyServiceSid }, allowFakeApi: true);
        await server.ServiceAsync(UnconfiguredService, Path, "public", environment, allowFakeApi: true);
    }
}
