using static ScriptHost.Tests.Samples.TwilioWebhook;

namespace ScriptHost.Tests.Samples;

/// <summary>scripts-samples/conference-line.csx, deployed protected and called as Twilio's "A call comes in" webhook.</summary>
[Collection(SampleServerCollection.Name)]
public sealed class ConferenceLineTests(SampleServer server)
{
    private const string Path = "conference-line";
    private const string FixedRoomService = "sample-conference-fixed";
    private const string KeyedRoomService = "sample-conference-keyed";
    private const string Moderator = "+15557770000";

    [Fact]
    public async Task FixedRoom_ModeratorCalls_StartsTheConferenceAndEndsItOnLeaving()
    {
        await EnsureFixedRoomAsync();

        var answer = await server.TwiMLAsync(FixedRoomService, Path, IncomingCall(from: Moderator));

        Assert.Equal(
            TwiML("<Say>Welcome, moderator. Starting your conference.</Say><Dial><Conference beep=\"onEnter\" startConferenceOnEnter=\"true\" endConferenceOnExit=\"true\" maxParticipants=\"25\">weekly-standup</Conference></Dial>"),
            answer);
    }

    [Fact]
    public async Task FixedRoom_ParticipantCalls_WaitsForTheModerator()
    {
        await EnsureFixedRoomAsync();

        var answer = await server.TwiMLAsync(FixedRoomService, Path, IncomingCall());

        Assert.Equal(
            TwiML("<Say>You are joining the conference now.</Say><Dial><Conference beep=\"onEnter\" startConferenceOnEnter=\"false\" endConferenceOnExit=\"false\" maxParticipants=\"25\">weekly-standup</Conference></Dial>"),
            answer);
    }

    [Fact]
    public async Task NoFixedRoom_FirstRequest_AsksForTheConferenceNumber()
    {
        await EnsureKeyedRoomAsync();

        var answer = await server.TwiMLAsync(KeyedRoomService, Path, IncomingCall());

        Assert.Equal(
            TwiML($"<Gather action=\"/{KeyedRoomService}/conference-line\" timeout=\"10\" finishOnKey=\"#\" numDigits=\"6\"><Say>Welcome. Please enter your conference number, followed by the pound key.</Say></Gather><Redirect>/{KeyedRoomService}/conference-line</Redirect>"),
            answer);
    }

    [Fact]
    public async Task NoFixedRoom_DigitsEntered_JoinsThatRoomAndStartsItWithoutAModerator()
    {
        await EnsureKeyedRoomAsync();

        var answer = await server.TwiMLAsync(KeyedRoomService, Path, CallAction(("Digits", "4711"), ("FinishedOnKey", "#")));

        Assert.Equal(
            TwiML("<Say>You are joining the conference now.</Say><Dial><Conference beep=\"onEnter\" startConferenceOnEnter=\"true\" endConferenceOnExit=\"false\" maxParticipants=\"25\">room-4711</Conference></Dial>"),
            answer);
    }

    [Fact]
    public async Task IncomingCall_Unsigned_IsRefusedWith403()
    {
        await EnsureFixedRoomAsync();

        await server.AssertUnsignedRefusedAsync(FixedRoomService, Path);
    }

    private Task EnsureFixedRoomAsync() => server.ServiceAsync(FixedRoomService, Path, "protected", new Dictionary<string, string>
    {
        ["TWILIO_AUTH_TOKEN"] = AuthToken,
        ["CONFERENCE_ROOM"] = "weekly-standup",
        ["MODERATOR_NUMBER"] = Moderator,
    });

    private Task EnsureKeyedRoomAsync() => server.ServiceAsync(KeyedRoomService, Path, "protected", new Dictionary<string, string>
    {
        ["TWILIO_AUTH_TOKEN"] = AuthToken,
    });
}
