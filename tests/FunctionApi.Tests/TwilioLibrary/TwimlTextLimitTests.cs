using System.Text;
using System.Xml.Linq;
using ScriptHost.FunctionApi.Tests.Output;
using ScriptHost.Functions.TwilioLibrary;
using Twilio.TwiML;
using Twilio.TwiML.Voice;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary;

/// <summary>
/// What the library's own renderer cannot survive: trees that repeat a subtree exponentially, contain themselves, or
/// nest past any stack; and a script thread changing the tree while it is written. <see cref="TwimlText.Render"/>
/// stops each at the output limit or refuses it, without recursion, and renders right up to the limit.
/// </summary>
public sealed class TwimlTextLimitTests
{
    private const long OneMegabyte = 1024 * 1024;

    public static TheoryData<SaveOptions> BothFormats() => [SaveOptions.DisableFormatting, SaveOptions.None];

    [Theory]
    [MemberData(nameof(BothFormats))]
    public void Render_ElementAppendedTwiceAtEachOfFortyLevels_StopsAtTheLimitBeforeWriting(SaveOptions options)
    {
        // 2^40 messages from 41 objects: terabytes of text.
        var dag = Dag(levels: 40);
        var budget = new FakeOutputBudget(OneMegabyte);
        // Once before measuring: what the first render on a thread initializes (statics, JIT-time allocations) is not
        // the walk's: a clean CI run once measured 112 KB here, where the walk itself stays under 64 KB.
        Assert.Throws<OutputRefusedException>(() => TwimlText.Render(Dag(levels: 40), options, new FakeOutputBudget(OneMegabyte)));
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        Assert.Throws<OutputRefusedException>(() => TwimlText.Render(dag, options, budget));

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.True(allocated < 16 * OneMegabyte, $"rendering allocated {allocated:N0} bytes");
        // Refused by the walk, within a factor two of the limit: the writer never started.
        Assert.InRange(budget.LargestOutputAsked, OneMegabyte + 1, 2 * OneMegabyte + 64);
        Assert.True(allocated < 64 * 1024, $"the walk allocated {allocated:N0} bytes: more than measuring 41 elements needs");
    }

    [Fact]
    public void Render_ExponentialTreeWithoutABudget_IsRefusedAsTooLargeForAString()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => TwimlText.Render(Dag(levels: 40), SaveOptions.DisableFormatting, output: null));

        Assert.Contains("would be larger than", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ElementAppendedInsideItself_IsRefusedAsContainingItself()
    {
        var response = new VoiceResponse();
        response.Say("again");
        response.Append(response);

        var refused = Assert.Throws<InvalidOperationException>(() => TwimlText.Render(response, SaveOptions.DisableFormatting, new FakeOutputBudget(OneMegabyte)));

        Assert.Equal("TwiML cannot be rendered: a <Response> element contains itself (it was appended inside itself or inside one of its own children).", refused.Message);
    }

    [Fact]
    public void Render_TwoElementsInsideEachOther_IsRefusedAsContainingItself()
    {
        var outer = new Gather();
        var inner = new Say("loop");
        outer.Append(inner);
        inner.Append(outer);

        var refused = Assert.Throws<InvalidOperationException>(() => TwimlText.Render(new VoiceResponse().Append(outer), SaveOptions.None, output: null));

        Assert.Contains("<Gather> element contains itself", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HundredThousandNestedElements_IsRefusedAsTooDeepOnASmallStack()
    {
        var response = new VoiceResponse();
        TwiML level = response;
        for (var depth = 0; depth < 100_000; depth++)
        {
            level = level.AddChild("Nested");
        }

        // A 256 KB stack: recursion over 100,000 levels would end the process; the walk and the writer keep their own.
        Exception? refused = null;
        var thread = new Thread(() => refused = Xunit.Record.Exception(() => TwimlText.Render(response, SaveOptions.DisableFormatting, output: null)), maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();

        var tooDeep = Assert.IsType<InvalidOperationException>(refused);
        Assert.Equal("TwiML cannot be rendered: elements nest deeper than 256 levels.", tooDeep.Message);
    }

    [Fact]
    public void Render_NestingAtTheDepthLimit_RendersAndOneLevelMoreIsRefused()
    {
        var atLimit = Chain(TwimlText.MaxDepth);
        var pastLimit = Chain(TwimlText.MaxDepth + 1);

        Assert.Equal(atLimit.ToString(SaveOptions.None), TwimlText.Render(atLimit, SaveOptions.None, output: null));
        Assert.Throws<InvalidOperationException>(() => TwimlText.Render(pastLimit, SaveOptions.None, output: null));
    }

    [Theory]
    [MemberData(nameof(BothFormats))]
    public void Render_DocumentOfExactlyTheLimit_PassesAndOneByteOverFails(SaveOptions options)
    {
        // Multi-byte text, so characters and UTF-8 bytes differ: the limit is in bytes.
        var document = new VoiceResponse().Say("é 中文 😀 & <b>").Play(new Uri("https://example.com/x.mp3"));
        var expected = document.ToString(options);
        var bytes = Encoding.UTF8.GetByteCount(expected);

        Assert.Equal(expected, TwimlText.Render(document, options, new FakeOutputBudget(bytes)));
        Assert.Throws<OutputRefusedException>(() => TwimlText.Render(document, options, new FakeOutputBudget(bytes - 1)));
    }

    [Fact]
    public void Render_DocumentThatFitsOnlyUnformatted_StopsWhileWritingTheIndentation()
    {
        // 200 levels with a few leaves at each: indentation (two spaces a level a line) triples the text.
        var document = Chain(200, leavesPerLevel: 3);
        var flat = Encoding.UTF8.GetByteCount(document.ToString(SaveOptions.DisableFormatting));
        var indented = Encoding.UTF8.GetByteCount(document.ToString(SaveOptions.None));
        Assert.True(indented > 2 * flat, $"the case needs indentation to dominate: {flat} flat, {indented} indented");
        var limit = 2L * flat;
        var budget = new FakeOutputBudget(limit);

        Assert.Throws<OutputRefusedException>(() => TwimlText.Render(document, SaveOptions.None, budget));

        // Stopped at the first flush past the limit (the XML writer hands over its buffer a few thousand characters at a time).
        Assert.InRange(budget.LargestOutputAsked, limit + 1, limit + 8 * 1024);
    }

    [Fact]
    public void Render_BodiesThatGrowAfterTheWalk_StopAtTheLimitWhileWriting()
    {
        // A script's override (or another of its threads) can make the tree bigger once it has been measured: the
        // writer counts what it writes, not what the walk saw.
        var growing = new GrowingSay(smallCalls: 10_000, bigBody: new string('x', 100_000));
        var response = new VoiceResponse();
        for (var index = 0; index < 10_000; index++)
        {
            response.Append(growing);
        }

        var budget = new FakeOutputBudget(OneMegabyte);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        Assert.Throws<OutputRefusedException>(() => TwimlText.Render(response, SaveOptions.DisableFormatting, budget));

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.InRange(budget.LargestOutputAsked, OneMegabyte + 1, OneMegabyte + (8 * 1024));
        Assert.True(allocated < 16 * OneMegabyte, $"rendering allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Render_CycleMadeAfterTheWalk_IsRefusedByTheWriter()
    {
        var response = new VoiceResponse();
        var sneaky = new CycleMakingSay(response);
        response.Append(sneaky);

        var refused = Assert.Throws<InvalidOperationException>(() => TwimlText.Render(response, SaveOptions.DisableFormatting, new FakeOutputBudget(OneMegabyte)));

        Assert.Contains("contains itself", refused.Message, StringComparison.Ordinal);
    }

    private static TwiML Dag(int levels)
    {
        var level = new MessagingResponse().Message("hello");
        for (var index = 0; index < levels; index++)
        {
            var next = new MessagingResponse();
            next.Append(level).Append(level);
            level = next;
        }

        return level;
    }

    /// <summary>A response with <paramref name="depth"/> elements nested in one another (the response included).</summary>
    private static TwiML Chain(int depth, int leavesPerLevel = 0)
    {
        var response = new VoiceResponse();
        TwiML level = response;
        for (var index = 1; index < depth; index++)
        {
            for (var leaf = 0; leaf < leavesPerLevel; leaf++)
            {
                level.AddChild("Leaf");
            }

            level = level.AddChild("Level");
        }

        return response;
    }

    /// <summary>A <c>Say</c> whose text is empty for its first calls and long afterwards, as a script's override could be.</summary>
    private sealed class GrowingSay(int smallCalls, string bigBody) : Say
    {
        private int _calls;

        protected override string GetElementBody() => ++_calls <= smallCalls ? string.Empty : bigBody;
    }

    /// <summary>A <c>Say</c> that appends its parent inside itself the second time its text is read.</summary>
    private sealed class CycleMakingSay(TwiML parent) : Say("sneaky")
    {
        private int _calls;

        protected override string GetElementBody()
        {
            if (++_calls == 2)
            {
                Append(parent);
            }

            return "sneaky";
        }
    }
}
