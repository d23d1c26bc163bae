using static ScriptHost.Tests.Samples.TwilioWebhook;

namespace ScriptHost.Tests.Samples;

/// <summary>scripts-samples/media-stream.csx, deployed protected and called as Twilio's "A call comes in" webhook.</summary>
[Collection(SampleServerCollection.Name)]
public sealed class MediaStreamTests(SampleServer server)
{
    private const string Service = "sample-media-stream";
    private const string Path = "media-stream";

    [Fact]
    public async Task IncomingCall_GreetsAndConnectsTheCallToTheStreamWithTheCallersDetails()
    {
        await EnsureServiceAsync();

        var answer = await server.TwiMLAsync(Service, Path, IncomingCall());

        Assert.Equal(
            TwiML(
                "<Say>Connecting you to our assistant.</Say>"
                + "<Connect><Stream url=\"wss://voice.example.com/calls\">"
                + $"<Parameter name=\"caller\" value=\"{Caller}\"></Parameter>"
                + $"<Parameter name=\"callSid\" value=\"{CallSid}\"></Parameter>"
                + "</Stream></Connect>"),
            answer);
    }

    [Theory]
    [InlineData("")]
    [InlineData("https://voice.example.com/calls")]
    public async Task IncomingCall_NoWebSocketStreamUrl_ApologisesAndHangsUp(string streamUrl)
    {
        var unconfigured = "sample-media-stream-" + (streamUrl.Length == 0 ? "unset" : "https");
        var environment = new Dictionary<string, string> { ["TWILIO_AUTH_TOKEN"] = AuthToken };
        if (streamUrl.Length > 0)
        {
            environment["STREAM_URL"] = streamUrl;
        }

        await server.ServiceAsync(unconfigured, Path, "protected", environment);

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
        ["STREAM_URL"] = "wss://voice.example.com/calls",
        ["GREETING"] = "Connecting you to our assistant.",
    });
}
