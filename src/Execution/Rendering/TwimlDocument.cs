using System.Text;
using System.Xml.Linq;
using ScriptHost.Functions.Output;

namespace ScriptHost.Execution.Rendering;

/// <summary>Renders a TwiML object a function returned as the XML Twilio expects, as the Twilio library writes it.</summary>
internal static class TwimlDocument
{
    /// <summary>
    /// The document's XML, compact (Twilio ignores whitespace), with the library's declaration
    /// (<c>&lt;?xml version="1.0" encoding="utf-8"?&gt;</c>), refused when it does not fit the output left.
    /// The library's <c>ToString</c> is not virtual: a script's subclass cannot replace it, only its element overrides,
    /// which run as script code under the invocation's guards.
    /// </summary>
    public static byte[] Render(global::Twilio.TwiML.TwiML twiml, IOutputBudget output)
    {
        // The library builds the whole document before anything can be measured (no bound on a DAG of shared
        // elements, no check for an element that contains itself); a bounded renderer is to replace this.
        var xml = twiml.ToString(SaveOptions.DisableFormatting);
        output.EnsureOutputFits(Encoding.UTF8.GetByteCount(xml));
        return Encoding.UTF8.GetBytes(xml);
    }
}
