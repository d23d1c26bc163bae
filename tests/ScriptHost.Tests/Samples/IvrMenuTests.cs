using static ScriptHost.Tests.Samples.TwilioWebhook;

namespace ScriptHost.Tests.Samples;

/// <summary>scripts-samples/ivr-menu.csx, deployed protected and called as Twilio's "A call comes in" webhook and as its own Gather action.</summary>
[Collection(SampleServerCollection.Name)]
public sealed class IvrMenuTests(SampleServer server)
{
    private const string Service = "sample-ivr-menu";
    private const string Path = "ivr-menu";
    private const string Menu = $"/{Service}/ivr-menu";

    [Fact]
    public async Task IncomingCall_PlaysTheMenuInAOneDigitGatherAndRepeatsItWithoutInput()
    {
        await EnsureServiceAsync();

        var answer = await server.TwiMLAsync(Service, Path, IncomingCall());

        Assert.Equal(
            TwiML($"<Gather action=\"{Menu}\" timeout=\"5\" numDigits=\"1\"><Say>Thanks for calling. For our opening hours, press 1. To speak to someone, press 2. To leave a message, press 3.</Say></Gather><Say>We didn't receive a choice.</Say><Redirect>{Menu}</Redirect>"),
            answer);
    }

    [Fact]
    public async Task Digit1_ReadsOpeningHoursAndReturnsToTheMenu()
    {
        await EnsureServiceAsync();

        var answer = await server.TwiMLAsync(Service, Path, CallAction(("Digits", "1"), ("FinishedOnKey", "")));

        Assert.Equal(TwiML($"<Say>We are open weekdays from 8 AM to 6 PM.</Say><Pause length=\"1\"></Pause><Redirect>{Menu}</Redirect>"), answer);
    }

    [Fact]
    public async Task Digit2_DialsSupportAndComesBackWhenTheDialEnds()
    {
        await EnsureServiceAsync();

        var answer = await server.TwiMLAsync(Service, Path, CallAction(("Digits", "2"), ("FinishedOnKey", "")));

        Assert.Equal(
            TwiML($"<Say>Connecting you to our team. Please hold.</Say><Dial action=\"{Menu}\" timeout=\"30\"><Number>+15559990000</Number></Dial>"),
            answer);
    }

    [Fact]
    public async Task SupportDialEnded_NoAnswer_SendsTheCallerToVoicemail()
    {
        await EnsureServiceAsync();

        var answer = await server.TwiMLAsync(Service, Path, CallAction(("DialCallStatus", "no-answer"), ("DialCallSid", "CA0d4d6e0a1d7bd4c3b5b9b3b1c5e1f2a3"), ("DialCallDuration", "0")));

        Assert.Equal(TwiML($"<Say>Sorry, everyone is busy. Please leave a message.</Say><Redirect>/{Service}/voicemail</Redirect>"), answer);
    }

    [Fact]
    public async Task SupportDialEnded_Completed_HangsUp()
    {
        await EnsureServiceAsync();

        var answer = await server.TwiMLAsync(Service, Path, CallAction(("DialCallStatus", "completed"), ("DialCallSid", "CA0d4d6e0a1d7bd4c3b5b9b3b1c5e1f2a3"), ("DialCallDuration", "95")));

        Assert.Equal(TwiML("<Hangup></Hangup>"), answer);
    }

    [Fact]
    public async Task Digit2_NoSupportNumber_SendsTheCallerToVoicemail()
    {
        const string unconfigured = "sample-ivr-menu-no-support";
        await server.ServiceAsync(unconfigured, Path, "protected", new Dictionary<string, string> { ["TWILIO_AUTH_TOKEN"] = AuthToken });

        var answer = await server.TwiMLAsync(unconfigured, Path, CallAction(("Digits", "2"), ("FinishedOnKey", "")));

        Assert.Equal(TwiML($"<Say>Nobody can take your call right now. Please leave a message.</Say><Redirect>/{unconfigured}/voicemail</Redirect>"), answer);
    }

    [Fact]
    public async Task Digit3_RedirectsToTheVoicemailFunction()
    {
        await EnsureServiceAsync();

        var answer = await server.TwiMLAsync(Service, Path, CallAction(("Digits", "3"), ("FinishedOnKey", "")));

        Assert.Equal(TwiML($"<Redirect>/{Service}/voicemail</Redirect>"), answer);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("*")]
    public async Task DigitNotOnTheMenu_SaysSoAndReturnsToTheMenu(string digit)
    {
        await EnsureServiceAsync();

        var answer = await server.TwiMLAsync(Service, Path, CallAction(("Digits", digit), ("FinishedOnKey", "")));

        Assert.Equal(TwiML($"<Say>Sorry, {digit} is not on the menu.</Say><Redirect>{Menu}</Redirect>"), answer);
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
        ["SUPPORT_NUMBER"] = "+15559990000",
        ["OPENING_HOURS"] = "weekdays from 8 AM to 6 PM",
    });
}
