using Twilio.TwiML;
using Twilio.TwiML.Messaging;
using Twilio.TwiML.Voice;
using VoiceRedirect = Twilio.TwiML.Voice.Redirect;

namespace ScriptHost.FunctionApi.Tests.Twilio.TwiML;

/// <summary>Snippets shaped like Twilio's C# documentation compile against ScriptHost and render as Twilio's libraries do.</summary>
public sealed class TwimlApiShapeTests
{
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    [Fact]
    public void MessagingResponse_MessageShorthand_RendersMessage() =>
        Assert.Equal(Declaration + "<Response><Message>hi</Message></Response>", new MessagingResponse().Message("hi").ToString());

    [Fact]
    public void VoiceResponse_SayWithVoiceEnum_RendersVoiceAttribute() =>
        Assert.Equal(
            Declaration + "<Response><Say voice=\"alice\">Hello</Say></Response>",
            new VoiceResponse().Say("Hello", voice: Say.VoiceEnum.Alice).ToString());

    [Fact]
    public void VoiceResponse_AppendDialWithNumbers_RendersNestedNouns()
    {
        var response = new VoiceResponse();
        var dial = new Dial(callerId: "+15551112222", timeout: 20);
        dial.Number("+14155550100", statusCallbackEvent: [Number.EventEnum.Initiated, Number.EventEnum.Answered]);
        dial.Client("joey");
        response.Append(dial);

        Assert.Equal(
            Declaration + "<Response><Dial timeout=\"20\" callerId=\"+15551112222\"><Number statusCallbackEvent=\"initiated answered\">+14155550100</Number><Client>joey</Client></Dial></Response>",
            response.ToString());
    }

    [Fact]
    public void Message_WithBodyAndMedia_RendersNouns()
    {
        var message = new Message();
        message.Body("Store Location: 123 Easy St.").Media(new Uri("https://demo.twilio.com/owl.png"));

        Assert.Equal(
            Declaration + "<Response><Message><Body>Store Location: 123 Easy St.</Body><Media>https://demo.twilio.com/owl.png</Media></Message></Response>",
            new MessagingResponse().Append(message).ToString());
    }

    [Fact]
    public void Gather_FluentChildren_ReturnGatherForChaining()
    {
        var gather = new Gather(input: [Gather.InputEnum.Speech, Gather.InputEnum.Dtmf], numDigits: 1)
            .Say("Press 1").Pause(length: 1).Play(new Uri("https://example.com/a.mp3"));

        Assert.Equal(
            Declaration + "<Response><Gather input=\"speech dtmf\" numDigits=\"1\"><Say>Press 1</Say><Pause length=\"1\"/><Play>https://example.com/a.mp3</Play></Gather><Redirect method=\"POST\">/next</Redirect></Response>",
            new VoiceResponse().Append(gather).Append(new VoiceRedirect(new Uri("/next", UriKind.Relative), method: "POST")).ToString());
    }

    [Fact]
    public void SetOptionAndAddText_CustomAttributeAndText_RenderAfterTypedOnes()
    {
        var say = new Say("Hi", loop: 1).SetOption("xml:lang", "en-US").SetOption("loop2", 3);
        say.AddText(" & bye");

        Assert.Equal(
            Declaration + "<Response><Say loop=\"1\" xml:lang=\"en-US\" loop2=\"3\">Hi &amp; bye</Say></Response>",
            new VoiceResponse().Append(say).ToString());
    }

    [Fact]
    public void ToString_LoneSurrogate_IsRefusedLikeTheNodeLibrary() =>
        Assert.Throws<InvalidOperationException>(() => new VoiceResponse().Say("broken \uD800").ToString());
}
