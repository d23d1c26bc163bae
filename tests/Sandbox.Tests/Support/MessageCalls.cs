using ScriptHost.Sandbox.Guards.SizedCalls;
using TestLibrary.Messages;

namespace ScriptHost.Sandbox.Tests.Support;

/// <summary>A host call wrapper for a library member (as the server's TwiML rendering will be): marks what it renders.</summary>
public static class MessageCalls
{
    /// <summary>What script IL calls instead of <see cref="Message.Render"/>.</summary>
    [Replaces(typeof(Message), nameof(Message.Render))]
    public static string Render(Message self)
    {
        ArgumentNullException.ThrowIfNull(self);
        return "wrapped " + self.Render();
    }
}
