using ScriptHost.FunctionApi.Tests.Output;
using ScriptHost.Functions.Output;
using Twilio.TwiML;

namespace ScriptHost.FunctionApi.Tests.Twilio.TwiML;

public sealed class TwimlOutputLimitTests
{
    [Fact]
    public void ToString_ElementAppendedTwiceAtEveryLevel_StopsAtTheOutputLimitWhileWriting()
    {
        // Forty levels, each holding the level below twice: 2^40 messages from 41 objects.
        var level = new MessagingResponse().Message("hello");
        for (var i = 0; i < 40; i++)
        {
            var next = new MessagingResponse();
            next.Append(level).Append(level);
            level = next;
        }

        var budget = new FakeOutputBudget(maxOutputBytes: 1024 * 1024);
        OutputBudget.Use(budget);
        try
        {
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

            Assert.Throws<OutputRefusedException>(level.ToString);

            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            Assert.True(allocated < 16L * 1024 * 1024, $"rendering allocated {allocated:N0} bytes");
        }
        finally
        {
            OutputBudget.Use(null);
        }
    }

    [Fact]
    public void ToString_ElementAppendedInsideItself_RefusesInsteadOfExhaustingTheStack()
    {
        var response = new VoiceResponse();
        response.Say("again");
        response.Append(response);

        var refused = Assert.Throws<InvalidOperationException>(response.ToString);

        Assert.Contains("nests deeper", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_WithinTheOutputLimit_RendersTheDocument()
    {
        OutputBudget.Use(new FakeOutputBudget(maxOutputBytes: 1024));
        try
        {
            Assert.Equal(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>hi</Message></Response>",
                new MessagingResponse().Message("hi").ToString());
        }
        finally
        {
            OutputBudget.Use(null);
        }
    }
}
