using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Twilio.TwiML;

namespace ScriptHost.Functions.TwilioLibrary;

/// <summary>
/// The non-public members of Twilio's <see cref="TwiML"/> (package 8.2.0) that the host's renderer reads instead of
/// letting the library's recursive <c>ToXml</c> build the document. Each is bound by name, so a package upgrade that
/// renames or retypes one throws <see cref="MissingMethodException"/>/<see cref="MissingFieldException"/> at first use,
/// and <c>TwimlTextTests</c> fail on it, never a silent change of output.
/// </summary>
/// <remarks>
/// Protected virtual members are dispatched virtually, so a library type's override (<c>Say</c>'s body, a verb's
/// attributes) answers exactly as it does for the library's own renderer.
/// </remarks>
internal static class TwimlMembers
{
    /// <summary>The internal node <see cref="TwiML.AddText"/> appends: text without a tag of its own.</summary>
    public const string TextTypeName = "Twilio.TwiML.Text, Twilio";

    /// <summary>The type named by <see cref="TextTypeName"/>, to tell text children from elements.</summary>
    public static readonly Type TextType = Type.GetType(TextTypeName, throwOnError: true)!;

    /// <summary>The element's tag as given to the constructor or to <see cref="TwiML.AddChild"/>.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_TagName")]
    public static extern string? TagName(TwiML element);

    /// <summary>The children in the order appended: elements, and text nodes of <see cref="TextType"/>.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_Children")]
    public static extern List<TwiML?> Children(TwiML element);

    /// <summary>Attributes set with <see cref="TwiML.SetOption"/>, in the order set.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_Options")]
    public static extern List<KeyValuePair<string, string?>> Options(TwiML element);

    /// <summary>Renames of typed attributes (<c>for_</c> → <c>for</c>): a per-instance field, read as the library reads it.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "AttributeNameMapper")]
    public static extern ref Dictionary<string, string> AttributeNameMapper(TwiML element);

    /// <summary>The text written before the children (the <c>Say</c> message, the <c>Dial</c> number, ...); empty for none.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "GetElementBody")]
    public static extern string? ElementBody(TwiML element);

    /// <summary>The typed attributes of the verb's own parameters, built afresh on each call.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "GetElementAttributes")]
    public static extern List<XAttribute?>? ElementAttributes(TwiML element);

    /// <summary>The text of a node of <see cref="TextType"/>.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_content")]
    public static extern ref readonly string? TextContent([UnsafeAccessorType(TextTypeName)] object text);

    /// <summary>Whether <paramref name="node"/> is text appended with <see cref="TwiML.AddText"/> rather than an element.</summary>
    public static bool IsText(TwiML node) => node.GetType() == TextType;
}
