using Twilio.TwiML;
using Twilio.TwiML.Fax;
using Twilio.TwiML.Messaging;
using Twilio.TwiML.Voice;
using Twilio.Types;
using HttpMethod = Twilio.Http.HttpMethod;
using Record = Twilio.TwiML.Voice.Record;
using Stream = Twilio.TwiML.Voice.Stream;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary;

/// <summary>
/// Hand-written TwiML over every verb family of the library, text from <c>AddText</c>, characters XML must escape,
/// empty and self-closing elements, renamed and namespaced attributes. Each builds a fresh tree on every call.
/// </summary>
internal static class TwimlCases
{
    private const string Awkward = "Tom & Jerry <say> \"hi\" 'there' ]]> \t tab \r\n crlf \r cr \n lf é 中文 😀 \u00A0 \u0085 \u2028";

    public static readonly IReadOnlyDictionary<string, Func<TwiML>> All = new Dictionary<string, Func<TwiML>>
    {
        ["empty voice response"] = () => new VoiceResponse(),
        ["empty messaging response"] = () => new MessagingResponse(),
        ["sms reply"] = () => new MessagingResponse().Message("Thanks for your message! We'll reply soon."),
        ["say with voice and language"] = () => new VoiceResponse().Say("Hello", Say.VoiceEnum.Alice, 2, Say.LanguageEnum.EnUs),
        ["say with ssml children"] = () =>
        {
            var say = new Say("Hi ");
            say.Break(SsmlBreak.StrengthEnum.XWeak, "100ms")
                .Emphasis("really", SsmlEmphasis.LevelEnum.Strong)
                .Lang("bonjour", SsmlLang.XmlLangEnum.FrFr)
                .P("a paragraph")
                .Phoneme("tomato", SsmlPhoneme.AlphabetEnum.Ipa, "təˈmɑːtoʊ")
                .Prosody("slowly", "loud", "slow", "-10%")
                .S("a sentence")
                .SayAs("12345", SsmlSayAs.InterpretAsEnum.Digits)
                .Sub("W3C", "World Wide Web Consortium")
                .W("read", "amazon:VBD");
            say.AddText(" and goodbye");
            return new VoiceResponse().Append(say);
        },
        ["gather with nested say, play and pause"] = () =>
        {
            var gather = new Gather(input: [Gather.InputEnum.Dtmf, Gather.InputEnum.Speech], action: new Uri("https://example.com/gather?step=1&x=2"), method: HttpMethod.Post, timeout: 5, numDigits: 1, hints: "yes, no");
            gather.Say("Press 1 for sales.").Play(new Uri("https://example.com/menu.mp3"), loop: 2).Pause(1);
            return new VoiceResponse().Append(gather).Say("We didn't receive any input. Goodbye!");
        },
        ["dial with number, client, conference, sip, queue"] = () =>
        {
            var dial = new Dial(callerId: "+15017122661", timeout: 20, record: Dial.RecordEnum.RecordFromAnswer);
            dial.Number(new PhoneNumber("+14155550100"), sendDigits: "wwww1928", statusCallbackEvent: [Number.EventEnum.Initiated, Number.EventEnum.Answered])
                .Client("jenny", url: new Uri("https://example.com/client"))
                .Conference("Room 1234", beep: Conference.BeepEnum.False, startConferenceOnEnter: true)
                .Sip(new Uri("sip:jack@example.com"), username: "admin", password: "1234")
                .Queue("support", url: new Uri("https://example.com/about.xml"));
            return new VoiceResponse().Append(dial);
        },
        ["dial with a number as body"] = () => new VoiceResponse().Dial("415-123-4567"),
        ["dial with a null phone number"] = () => new VoiceResponse().Append(new Dial().Number(new PhoneNumber(null))),
        ["connect with stream, room, virtual agent"] = () =>
        {
            var connect = new Connect(action: new Uri("https://example.com/after"));
            var stream = new Stream(name: "s1", url: "wss://example.com/audio", track: Stream.TrackEnum.BothTracks);
            stream.Parameter("FirstName", "Jane").Parameter("LastName", "Doe & co");
            connect.Append(stream).Room("DailyStandup", participantIdentity: "alice").VirtualAgent("project-dialogflow", language: "en-US", sentimentAnalysis: true);
            return new VoiceResponse().Append(connect);
        },
        ["pay with prompts"] = () =>
        {
            var pay = new Pay(Pay.InputEnum.Dtmf, action: new Uri("https://example.com/pay"), chargeAmount: "10.00", currency: "usd");
            var prompt = new Prompt(Prompt.ForEnum.PaymentCardNumber, [Prompt.ErrorTypeEnum.Timeout, Prompt.ErrorTypeEnum.InvalidCardNumber], [Prompt.CardTypeEnum.Visa], [1, 2], requireMatchingInputs: true);
            prompt.Say("Please enter your card number.").Pause(1);
            pay.Append(prompt).Parameter("order", "42");
            return new VoiceResponse().Append(pay);
        },
        ["start and stop with stream and siprec"] = () =>
        {
            var start = new Start(action: new Uri("https://example.com/start"));
            start.Stream(name: "tap", url: "wss://example.com/tap").Siprec(name: "rec", connectorName: "SipRec1", track: Siprec.TrackEnum.InboundTrack);
            var stop = new Stop();
            stop.Stream(name: "tap").Siprec(name: "rec");
            return new VoiceResponse().Append(start).Say("recording").Append(stop);
        },
        ["refer with sip"] = () => new VoiceResponse().Append(new Refer(action: new Uri("https://example.com/refer")).Sip(new Uri("sip:alice@example.com"))),
        ["echo, hangup, reject, leave, pause"] = () => new VoiceResponse().Echo().Pause(2).Leave().Hangup().Reject(Reject.ReasonEnum.Busy),
        ["record, redirect, enqueue, sms"] = () => new VoiceResponse()
            .Record(action: new Uri("https://example.com/rec"), maxLength: 30, playBeep: false, trim: Record.TrimEnum.TrimSilence)
            .Enqueue("support", waitUrl: new Uri("https://example.com/wait"))
            .Sms("Hi <there>", to: new PhoneNumber("+15550001111"))
            .Redirect(new Uri("https://example.com/next?a=1&b=2"), HttpMethod.Get),
        ["messaging message with body, media, redirect"] = () =>
        {
            var message = new Message(to: "+15550001111", from: "+15550002222", action: new Uri("https://example.com/status"), method: HttpMethod.Post);
            message.Body("Store Location: 123 Easy St.").Media(new Uri("https://demo.twilio.com/owl.png"));
            return new MessagingResponse().Append(message).Redirect(new Uri("https://example.com/sms"));
        },
        ["two messages"] = () => new MessagingResponse().Message("first").Message("second & last"),
        ["awkward characters in bodies and attributes"] = () =>
        {
            var say = new Say(Awkward);
            say.SetOption("note", Awkward);
            return new VoiceResponse().Append(say).Play(new Uri("https://example.com/a b?q=\"x\"&y=<z>"));
        },
        ["text nodes from AddText"] = () =>
        {
            var response = new VoiceResponse();
            response.AddText("before ");
            response.Say("middle");
            response.AddText(" after & <more>");
            return response;
        },
        ["empty text node"] = () => new VoiceResponse().AddText(string.Empty),
        ["text after children indents differently"] = () =>
        {
            var gather = new Gather();
            gather.Say("one").Say("two");
            gather.AddText("tail");
            gather.Say("three");
            return new VoiceResponse().Append(gather).Say("four");
        },
        ["empty elements"] = () =>
        {
            var response = new VoiceResponse();
            response.Say(string.Empty).Play().Say();
            response.AddChild("Custom");
            response.Append(new Dial());
            return response;
        },
        ["custom elements with options"] = () =>
        {
            var response = new VoiceResponse();
            var custom = response.AddChild("Custom");
            custom.SetOption("a", 1).SetOption("b", true).SetOption("c", "x\ty\nz\r\"q\"<&>").SetOption("a", "replaced");
            custom.AddChild("Inner").AddText("text");
            custom.AddChild("Empty");
            return response;
        },
        ["xml lang option and a renamed attribute"] = () =>
        {
            var say = new Say("Bonjour");
            say.SetOption("xml:lang", "fr-FR");
            var pay = new Pay();
            pay.Prompt(Prompt.ForEnum.ExpirationDate);
            return new VoiceResponse().Append(say).Append(pay);
        },
        ["ssml lang in the xml namespace"] = () => new VoiceResponse().Append(new Say().Lang("hola", SsmlLang.XmlLangEnum.EsEs)),
        ["element in a namespace"] = () =>
        {
            var response = new VoiceResponse();
            response.AddChild("{urn:example}Custom").AddChild("{urn:example}Inner").AddText("x");
            return response;
        },
        ["element in a namespace declared by an option"] = () =>
        {
            var response = new VoiceResponse();
            var custom = response.AddChild("{urn:example}Custom");
            custom.SetOption("xmlns", "urn:example");
            custom.AddChild("{urn:example}Inner");
            return response;
        },
        ["prefixed namespace declared by an option"] = () =>
        {
            var response = new VoiceResponse();
            response.SetOption("{http://www.w3.org/2000/xmlns/}ex", "urn:example");
            response.AddChild("{urn:example}Custom").SetOption("{urn:example}flag", "on");
            return response;
        },
        ["deep but legal nesting"] = () =>
        {
            var response = new VoiceResponse();
            TwiML level = response;
            for (var depth = 0; depth < 20; depth++)
            {
                level = level.AddChild("L" + depth);
            }

            level.AddText("bottom");
            return response;
        },
        ["many options"] = () =>
        {
            var custom = new VoiceResponse().AddChild("Custom");
            for (var index = 0; index < 2_000; index++)
            {
                custom.SetOption("o" + index, index);
            }

            return custom;
        },
        ["shared subtree appended twice"] = () =>
        {
            var shared = new Say("shared");
            return new VoiceResponse().Append(shared).Append(shared);
        },
        ["fax response"] = () => new FaxResponse().Receive(new Uri("https://example.com/fax"), mediaType: Receive.MediaTypeEnum.ApplicationPdf),
    };
}
