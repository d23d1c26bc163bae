using System.Xml.Linq;
using ScriptHost.Functions.Output;
using ScriptHost.Functions.TwilioLibrary;
using ScriptHost.Sandbox.Guards.SizedCalls;
using Twilio.TwiML;

namespace ScriptHost.Execution.Rendering;

/// <summary>
/// The host's call wrapper for rendering TwiML in a script (<c>SandboxOptions.CallWrappers</c>): the guard injector
/// points the script's calls of the library's <c>ToString</c> here, so they render through <see cref="TwimlText"/>
/// within the invocation's output budget instead of through the library's recursive, unbounded renderer.
/// </summary>
/// <remarks>
/// <c>twiml.ToString()</c> binds to the same member as <c>twiml.ToString(options)</c> (its one parameter is
/// optional), so one wrapper covers both. What the script keeps is charged when it outputs it, as for any string.
/// </remarks>
public static class TwimlCalls
{
    /// <summary>Stands in for <c>Twilio.TwiML.TwiML.ToString(SaveOptions)</c>.</summary>
    [Replaces(typeof(TwiML), nameof(TwiML.ToString))]
    public static string ToString(TwiML twiml, SaveOptions formattingOptions) =>
        TwimlText.Render(twiml, formattingOptions, OutputBudget.Current);
}
