using System.Globalization;
using System.Text;
using System.Xml.Linq;
using ScriptHost.Functions.Output;
using Twilio.TwiML;

namespace ScriptHost.Functions.TwilioLibrary;

/// <summary>
/// The text of a TwiML document built with Twilio's library, bounded by the invocation's output: byte for byte what
/// the library's <c>ToString(SaveOptions)</c> returns, without its hazards. The library builds the whole document
/// recursively first, so an element appended inside itself exhausts the stack (ending the process) and one appended
/// twice at each of 40 levels builds 2^40 elements; here such trees are refused before anything is written.
/// </summary>
/// <remarks>
/// Three steps: <see cref="TwimlSizeCheck"/> walks the tree once per distinct element (cycles, depth, and the size
/// against what the output budget has left); <see cref="TwimlDocumentWriter"/> writes it through the same
/// <see cref="System.Xml.XmlWriter"/> the library's save uses, stopping at the limit as it writes; the UTF-8 bytes of
/// the result are checked last. Nothing is charged: the caller charges what it keeps, as for any other output.
/// </remarks>
internal static class TwimlText
{
    /// <summary>Deepest nesting rendered; TwiML nests a handful of levels, and a deep chain is a cycle or an attack.</summary>
    public const int MaxDepth = 256;

    /// <summary>The longest string .NET can hold: the bound when no budget is given.</summary>
    public const long MaxChars = 0x3FFFFFDF;

    /// <summary>
    /// Renders <paramref name="twiml"/> as the library's <c>ToString(<paramref name="options"/>)</c> would, asking
    /// <paramref name="output"/> (when given) before the document grows past what the invocation may still output.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// An element contains itself, elements nest deeper than <see cref="MaxDepth"/>, or the tree is otherwise not
    /// renderable (a null child, an attribute given twice).
    /// </exception>
    public static string Render(TwiML twiml, SaveOptions options, IOutputBudget? output)
    {
        ArgumentNullException.ThrowIfNull(twiml);
        // The walk counts UTF-8 bytes, up to three for each character a string can hold.
        TwimlSizeCheck.EnsureFits(twiml, output, MaxChars * 3);
        var xml = TwimlDocumentWriter.Write(twiml, options, output, MaxChars);
        output?.EnsureOutputFits(Encoding.UTF8.GetByteCount(xml));
        return xml;
    }

    internal static InvalidOperationException ContainsItself(TwiML element) =>
        new($"TwiML cannot be rendered: a <{TwimlMembers.TagName(element)}> element contains itself (it was appended inside itself or inside one of its own children).");

    internal static InvalidOperationException NullChild(TwiML parent) =>
        new($"TwiML cannot be rendered: a <{TwimlMembers.TagName(parent)}> element has a null child (Append(null)).");

    internal static InvalidOperationException NullText(TwiML parent) =>
        new($"TwiML cannot be rendered: a <{TwimlMembers.TagName(parent)}> element has null text (AddText(null)).");

    internal static InvalidOperationException TooDeep() =>
        new(string.Create(CultureInfo.InvariantCulture, $"TwiML cannot be rendered: elements nest deeper than {MaxDepth} levels."));

    internal static InvalidOperationException TooLarge(long maxBytes) =>
        new(string.Create(CultureInfo.InvariantCulture, $"TwiML cannot be rendered: the document would be larger than {maxBytes:N0} bytes."));
}
