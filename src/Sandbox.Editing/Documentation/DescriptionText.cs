using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;

namespace ScriptHost.Sandbox.Editing.Documentation;

/// <summary>
/// Roslyn's tagged description of a symbol as the editor shows it: its first line is the signature (the detail), the
/// rest is its documentation.
/// </summary>
internal static class DescriptionText
{
    public static (string? Signature, string? Documentation) Split(ImmutableArray<TaggedText> parts)
    {
        var signature = new StringBuilder();
        var rest = new StringBuilder();
        var inSignature = true;
        foreach (var part in parts)
        {
            if (inSignature && part.Tag == TextTags.LineBreak)
            {
                inSignature = false;
                continue;
            }

            (inSignature ? signature : rest).Append(part.Tag == TextTags.LineBreak ? "\n" : part.Text);
        }

        return (Blank(signature), Blank(rest));
    }

    public static string Plain(IEnumerable<TaggedText> parts) =>
        string.Concat(parts.Select(p => p.Tag == TextTags.LineBreak ? "\n" : p.Text));

    private static string? Blank(StringBuilder text)
    {
        var value = text.ToString().Trim();
        return value.Length == 0 ? null : value;
    }
}
