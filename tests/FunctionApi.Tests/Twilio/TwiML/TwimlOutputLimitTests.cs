using System.Xml.Linq;
using Twilio.TwiML;

namespace ScriptHost.FunctionApi.Tests.Twilio.TwiML;

/// <summary>
/// Rendering TwiML a function built within the invocation's output. The library's own rendering is unbounded: a
/// document sharing one element at every level is built whole, and one holding itself recurses until the stack is
/// gone, which ends the process. These wait for the host's bounded renderer of the library's TwiML.
/// </summary>
public sealed class TwimlOutputLimitTests
{
    [Fact(Skip = "TwimlText: /work/scratch/twiml")]
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

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        Assert.ThrowsAny<Exception>(() => level.ToString(SaveOptions.DisableFormatting));

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.True(allocated < 16L * 1024 * 1024, $"rendering allocated {allocated:N0} bytes");
    }

    [Fact(Skip = "TwimlText: /work/scratch/twiml")]
    public void ToString_ElementAppendedInsideItself_RefusesInsteadOfExhaustingTheStack()
    {
        var response = new VoiceResponse();
        response.Say("again");
        response.Append(response);

        var refused = Assert.Throws<InvalidOperationException>(() => response.ToString(SaveOptions.DisableFormatting));

        Assert.Contains("contains itself", refused.Message, StringComparison.Ordinal);
    }
}
