using static ScriptHost.Tests.Samples.TwilioWebhook;

namespace ScriptHost.Tests.Samples;

/// <summary>scripts-samples/voicemail.csx, deployed protected and called as Twilio's "A call comes in" webhook and as its own Record action.</summary>
[Collection(SampleServerCollection.Name)]
public sealed class VoicemailTests(SampleServer server)
{
    private const string Service = "sample-voicemail";
    private const string Path = "voicemail";

    [Fact]
    public async Task IncomingCall_GreetsAndRecordsUpToTwoMinutesWithABeep()
    {
        await EnsureServiceAsync();

        var answer = await server.TwiMLAsync(Service, Path, IncomingCall());

        Assert.Equal(
            TwiML($"<Say>You've reached Owl Bakery. Leave a message after the beep.</Say><Record action=\"/{Service}/voicemail\" method=\"POST\" timeout=\"5\" finishOnKey=\"#\" maxLength=\"120\" playBeep=\"true\"></Record><Say>We did not get a message. Goodbye.</Say><Hangup></Hangup>"),
            answer);
    }

    [Fact]
    public async Task RecordAction_WithRecordingUrl_ThanksTheCallerAndHangsUp()
    {
        await EnsureServiceAsync();

        var answer = await server.TwiMLAsync(Service, Path, CallAction(
            ("RecordingUrl", $"https://api.twilio.com/2010-04-01/Accounts/{AccountSid}/Recordings/RE557ce644e5ab84fa21cc21112e22c485"),
            ("RecordingSid", "RE557ce644e5ab84fa21cc21112e22c485"),
            ("RecordingDuration", "14"),
            ("Digits", "#")));

        Assert.Equal(TwiML("<Say>Thank you. Your message has been recorded. Goodbye.</Say><Hangup></Hangup>"), answer);
    }

    [Fact]
    public async Task IncomingCall_Unsigned_IsRefusedWith403()
    {
        await EnsureServiceAsync();

        await server.AssertUnsignedRefusedAsync(Service, Path);
    }

    private Task EnsureServiceAsync() => server.ServiceAsync(Service, Path, "protected", new Dictionary<string, string>
    {
        ["TWILIO_AUTH_TOKEN"] = AuthToken,
        ["VOICEMAIL_GREETING"] = "You've reached Owl Bakery. Leave a message after the beep.",
    });
}
