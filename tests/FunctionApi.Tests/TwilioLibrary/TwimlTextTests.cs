using System.Text;
using System.Xml.Linq;
using ScriptHost.FunctionApi.Tests.Output;
using ScriptHost.Functions.TwilioLibrary;
using Twilio.TwiML;
using Twilio.TwiML.Voice;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary;

/// <summary>
/// <see cref="TwimlText.Render"/> writes exactly what the library's own <c>ToString(SaveOptions)</c> writes — the
/// library is the oracle — for hand-written documents over every verb family and for seeded random trees, and refuses
/// what the library refuses.
/// </summary>
public sealed class TwimlTextTests
{
    private const int GeneratedCount = 400;

    public static TheoryData<string, SaveOptions> HandWrittenCases()
    {
        var data = new TheoryData<string, SaveOptions>();
        foreach (var name in TwimlCases.All.Keys)
        {
            data.Add(name, SaveOptions.DisableFormatting);
            data.Add(name, SaveOptions.None);
            data.Add(name, SaveOptions.OmitDuplicateNamespaces);
        }

        return data;
    }

    public static TheoryData<SaveOptions> AllOptions() =>
        [SaveOptions.DisableFormatting, SaveOptions.None, SaveOptions.OmitDuplicateNamespaces | SaveOptions.DisableFormatting];

    [Theory]
    [MemberData(nameof(HandWrittenCases))]
    public void Render_HandWrittenDocument_IsTheLibrarysOwnText(string name, SaveOptions options)
    {
        var expected = TwimlCases.All[name]().ToString(options);

        Assert.Equal(expected, TwimlText.Render(TwimlCases.All[name](), options, output: null));
    }

    [Theory]
    [MemberData(nameof(AllOptions))]
    public void Render_GeneratedDocuments_AreTheLibrarysOwnText(SaveOptions options)
    {
        var generator = new RandomTwiml(seed: 11 + (int)options);
        var refusedByBoth = 0;
        for (var index = 0; index < GeneratedCount; index++)
        {
            var twiml = generator.Next();
            var expected = Outcome(() => twiml.ToString(options));
            var actual = Outcome(() => TwimlText.Render(twiml, options, output: null));

            if (expected.Text is null)
            {
                refusedByBoth++;
                Assert.True(actual.Text is null, $"document #{index}: the library refused it ({expected.Error}), TwimlText wrote {actual.Text}");
            }
            else
            {
                Assert.True(expected.Text == actual.Text, $"document #{index}:\nlibrary: {expected.Text}\nTwimlText: {actual.Text ?? actual.Error}");
            }
        }

        // Most documents must render, or the comparison proves little.
        Assert.InRange(refusedByBoth, 0, GeneratedCount / 4);
    }

    [Fact]
    public void SizeCheck_HandWrittenAndGeneratedDocuments_MeasuresTheUnformattedTextExactlyOutsideNamespaces()
    {
        var documents = TwimlCases.All.Values.Select(build => build()).ToList();
        var generator = new RandomTwiml(seed: 5);
        documents.AddRange(Enumerable.Range(0, GeneratedCount).Select(_ => generator.Next()));

        foreach (var twiml in documents)
        {
            if (Outcome(() => twiml.ToString(SaveOptions.DisableFormatting)).Text is not { } flat)
            {
                continue;
            }

            var measured = TwimlSizeCheck.EnsureFits(twiml, output: null, long.MaxValue);

            // Namespace declarations the writer adds and the prefixes it picks are not counted: a lower bound there.
            if (flat.Contains("xmlns", StringComparison.Ordinal))
            {
                Assert.InRange(measured, 1, Encoding.UTF8.GetByteCount(flat));
            }
            else
            {
                Assert.Equal(Encoding.UTF8.GetByteCount(flat), measured);
            }

            Assert.True(measured <= Encoding.UTF8.GetByteCount(twiml.ToString(SaveOptions.None)), "indentation only adds");
        }
    }

    public static TheoryData<string> RefusedCases() => [.. RefusedDocuments.Keys];

    [Theory]
    [MemberData(nameof(RefusedCases))]
    public void Render_DocumentTheLibraryRefuses_IsRefused(string name)
    {
        var twiml = RefusedDocuments[name]();
        Assert.NotNull(Outcome(() => twiml.ToString(SaveOptions.DisableFormatting)).Error);

        var refused = Assert.ThrowsAny<Exception>(() => TwimlText.Render(twiml, SaveOptions.DisableFormatting, output: null));

        Assert.IsNotType<NullReferenceException>(refused);
    }

    [Fact]
    public void Render_DuplicateAttribute_SaysWhichAttribute()
    {
        var say = new Say("hi", Say.VoiceEnum.Alice);
        say.SetOption("voice", "man");

        var refused = Assert.Throws<InvalidOperationException>(() => TwimlText.Render(new VoiceResponse().Append(say), SaveOptions.DisableFormatting, output: null));

        Assert.Contains("'voice' twice", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_OnThisPackage_AreAllFoundAndRead()
    {
        // Each private member TwimlText relies on, read once: a package upgrade that renames one fails here by name.
        var prompt = new Prompt(Prompt.ForEnum.PaymentCardNumber);
        prompt.SetOption("key", "value");
        prompt.AddText("text");

        Assert.Equal("Prompt", TwimlMembers.TagName(prompt));
        Assert.Equal("key", Assert.Single(TwimlMembers.Options(prompt)).Key);
        var text = Assert.Single(TwimlMembers.Children(prompt));
        Assert.True(TwimlMembers.IsText(text!));
        Assert.Equal("text", TwimlMembers.TextContent(text!));
        Assert.Equal("for", TwimlMembers.AttributeNameMapper(prompt)["for_"]);
        Assert.Equal("for_", Assert.Single(TwimlMembers.ElementAttributes(prompt)!)!.Name.LocalName);
        Assert.Equal("Hello", TwimlMembers.ElementBody(new Say("Hello")));
    }

    private static readonly Dictionary<string, Func<TwiML>> RefusedDocuments = new()
    {
        ["null child"] = () => new VoiceResponse().Append(null),
        ["null text"] = () => new VoiceResponse().AddText(null),
        ["null tag"] = () =>
        {
            var response = new VoiceResponse();
            response.AddChild(null);
            return response;
        },
        ["empty tag"] = () =>
        {
            var response = new VoiceResponse();
            response.AddChild(string.Empty);
            return response;
        },
        ["tag with a space"] = () =>
        {
            var response = new VoiceResponse();
            response.AddChild("bad name");
            return response;
        },
        ["option key with a colon"] = () => new VoiceResponse().SetOption("a:b", "x"),
        ["option whose value renders as null"] = () => new VoiceResponse().SetOption("a", new NullText()),
        ["attribute given twice"] = () => new VoiceResponse().Append(new Say("hi", Say.VoiceEnum.Alice).SetOption("voice", "man")),
        ["attribute given twice after many options"] = () =>
        {
            var say = new Say("hi", Say.VoiceEnum.Alice);
            for (var index = 0; index < 40; index++)
            {
                say.SetOption("o" + index, index);
            }

            return new VoiceResponse().Append(say.SetOption("voice", "man"));
        },
        ["control character in text"] = () => new VoiceResponse().Say("bell \u0007"),
        ["control character in an attribute"] = () => new VoiceResponse().SetOption("a", "bell \u0007"),
        ["lone surrogate"] = () => new VoiceResponse().Say("half \uD83D"),
        ["default namespace on an element without one"] = () => new VoiceResponse().SetOption("xmlns", "urn:example"),
        ["invalid expanded name"] = () =>
        {
            var response = new VoiceResponse();
            response.AddChild("{urn:x}");
            return response;
        },
    };

    private static (string? Text, string? Error) Outcome(Func<string> render)
    {
        try
        {
            return (render(), null);
        }
#pragma warning disable CA1031 // The oracle comparison records any refusal, whatever its type.
        catch (Exception error)
#pragma warning restore CA1031
        {
            return (null, error.GetType().Name + ": " + error.Message);
        }
    }

    /// <summary>A value whose text is null: the library's <c>SetOption</c> stores <c>value.ToString()</c>.</summary>
    private sealed class NullText
    {
        public override string? ToString() => null;
    }
}
