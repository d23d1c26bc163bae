using ScriptHost.Functions.Output;

namespace ScriptHost.Execution.Rendering;

/// <summary>Renders a TwiML object a function returned as the XML Twilio expects, bounded by the invocation's output.</summary>
internal static class TwimlDocument
{
    /// <summary>The document's XML, written through the API's own (non-virtual) renderer, never an override of the script's.</summary>
    public static string Render(global::Twilio.TwiML.TwiML twiml, IOutputBudget output) => twiml.ToXml(output);
}
