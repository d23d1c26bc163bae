using static ScriptHost.Tests.Samples.TwilioWebhook;

namespace ScriptHost.Tests.Samples;

/// <summary>scripts-samples/forward-call.csx, deployed protected and called as Twilio's "A call comes in" webhook.</summary>
[Collection(SampleServerCollection.Name)]
public sealed class ForwardCallTests(SampleServer server)
{
    private const string Service = "sample-forward-call";
    private const string Path = "forward-call";

    [Fact]
    public async Task IncomingCall_DialsForwardToWithCallerIdAndComesBackWhenTheDialEnds()
    {
        await EnsureServiceAsync();

        var answer = await server.TwiMLAsync(Service, Path, IncomingCall());

        Assert.Equal(
            TwiML($"<Dial action=\"/{Service}/forward-call\" timeout=\"20\" callerId=\"+15017122661\" answerOnBridge=\"true\"><Number>+15551230000</Number></Dial>"),
            answer);
    }

    [Theory]
    [InlineData("no-answer")]
    [InlineData("busy")]
    [InlineData("failed")]
    public async Task DialEnded_NotAnswered_ApologisesAndHangsUp(string dialCallStatus)
    {
        await EnsureServiceAsync();

        var answer = await server.TwiMLAsync(Service, Path, CallAction(("DialCallStatus", dialCallStatus), ("DialCallSid", "CA0d4d6e0a1d7bd4c3b5b9b3b1c5e1f2a3"), ("DialCallDuration", "0")));

        Assert.Equal(TwiML("<Say>Sorry, nobody could take your call. Please try again later.</Say><Hangup></Hangup>"), answer);
    }

    [Fact]
    public async Task DialEnded_Completed_HangsUp()
    {
        await EnsureServiceAsync();

        var answer = await server.TwiMLAsync(Service, Path, CallAction(("DialCallStatus", "completed"), ("DialCallSid", "CA0d4d6e0a1d7bd4c3b5b9b3b1c5e1f2a3"), ("DialCallDuration", "42")));

        Assert.Equal(TwiML("<Hangup></Hangup>"), answer);
    }

    [Fact]
    public async Task IncomingCall_NoForwardTo_ApologisesInsteadOfFailing()
    {
        const string unconfigured = "sample-forward-call-unset";
        await server.ServiceAsync(unconfigured, Path, "protected", new Dictionary<string, string> { ["TWILIO_AUTH_TOKEN"] = AuthToken });

        var answer = await server.TwiMLAsync(unconfigured, Path, IncomingCall());

        Assert.Equal(TwiML("<Say>Sorry, this number cannot take calls right now. Please try again later.</Say><Hangup></Hangup>"), answer);
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
        ["FORWARD_TO"] = "+15551230000",
        ["CALLER_ID"] = TwilioNumber,
    });
}
