using System.Text;
using System.Xml.Linq;
using ScriptHost.Functions.Output;
using ScriptHost.Functions.TwilioLibrary;

namespace ScriptHost.Execution.Rendering;

/// <summary>Renders a TwiML object a function returned as the XML Twilio expects, as the Twilio library writes it.</summary>
internal static class TwimlDocument
{
    /// <summary>
    /// The document's XML, compact (Twilio ignores whitespace), with the library's declaration
    /// (<c>&lt;?xml version="1.0" encoding="utf-8"?&gt;</c>), byte for byte the library's
    /// <c>ToString(SaveOptions.DisableFormatting)</c>, refused when it does not fit the output left.
    /// </summary>
    /// <remarks>
    /// Written by <see cref="TwimlText"/>, not by the library: the library builds the whole document recursively
    /// before anything can be measured, so a tree that holds itself overflows the stack (ending the process) and one
    /// sharing an element at every level is built whole (docs/design/guards.md, "TwiML").
    /// </remarks>
    public static byte[] Render(global::Twilio.TwiML.TwiML twiml, IOutputBudget output) =>
        Encoding.UTF8.GetBytes(TwimlText.Render(twiml, SaveOptions.DisableFormatting, output));
}
