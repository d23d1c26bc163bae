using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Tags;

namespace ScriptHost.Sandbox.Editing.Completion;

/// <summary>An item's kind, from Roslyn's tags, in the words browser editors use.</summary>
internal static class CompletionKinds
{
    private static readonly (string Tag, string Kind)[] Kinds =
    [
        (WellKnownTags.Keyword, "keyword"), (WellKnownTags.Snippet, "snippet"), (WellKnownTags.ExtensionMethod, "method"),
        (WellKnownTags.Method, "method"), (WellKnownTags.Property, "property"), (WellKnownTags.Field, "field"),
        (WellKnownTags.Constant, "constant"), (WellKnownTags.EnumMember, "enumMember"), (WellKnownTags.Event, "event"),
        (WellKnownTags.Class, "class"), (WellKnownTags.Structure, "struct"), (WellKnownTags.Interface, "interface"),
        (WellKnownTags.Enum, "enum"), (WellKnownTags.Delegate, "delegate"), (WellKnownTags.Namespace, "namespace"),
        (WellKnownTags.Local, "local"), (WellKnownTags.Parameter, "parameter"), (WellKnownTags.RangeVariable, "local"),
        (WellKnownTags.TypeParameter, "typeParameter"), (WellKnownTags.Label, "label"), (WellKnownTags.Operator, "operator"),
    ];

    /// <summary>Tags of items that name nothing the policy decides on: keywords, snippets, the script's own locals.</summary>
    private static readonly ImmutableHashSet<string> WithoutPolicy =
    [
        WellKnownTags.Keyword, WellKnownTags.Snippet, WellKnownTags.Local, WellKnownTags.Parameter, WellKnownTags.RangeVariable,
        WellKnownTags.Label, WellKnownTags.TypeParameter,
    ];

    public static string Of(ImmutableArray<string> tags)
    {
        foreach (var (tag, kind) in Kinds)
        {
            if (tags.Contains(tag))
            {
                return kind;
            }
        }

        return "text";
    }

    public static bool NeedsNoPolicy(ImmutableArray<string> tags) => tags.Any(WithoutPolicy.Contains);
}
