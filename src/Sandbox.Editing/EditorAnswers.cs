namespace ScriptHost.Sandbox.Editing;

/// <summary>Why an answer is empty or partial: the editor stopped before Roslyn's features saw the text, or at its time limit.</summary>
public enum EditorIncomplete
{
    /// <summary>The source (with its shared code) is larger than the compiler's size limit.</summary>
    TooLarge,

    /// <summary>The source nests deeper than the compiler's depth limits.</summary>
    TooDeep,

    /// <summary>The answer took longer than the editor's time limit.</summary>
    TimedOut,
}

/// <summary>A span of the author's text: 1-based lines and columns (UTF-16 code units, as browsers' editors count).</summary>
public sealed record TextRange(int StartLine, int StartColumn, int EndLine, int EndColumn);

/// <summary>One completion item that names something a function may use.</summary>
public sealed record CompletionEntry(
    string Label,
    string Kind,
    string? Detail,
    string? Documentation,
    string InsertText,
    string FilterText,
    string SortText);

/// <summary>The completion items at a position, and the range of the author's text they replace.</summary>
public sealed record CompletionAnswer(IReadOnlyList<CompletionEntry> Items, TextRange? Range, EditorIncomplete? Incomplete)
{
    internal static CompletionAnswer Empty(EditorIncomplete? why) => new([], null, why);
}

/// <summary>What is under the cursor, as markdown (a signature block, then its documentation).</summary>
public sealed record QuickInfoAnswer(string? Markdown, TextRange? Range, EditorIncomplete? Incomplete)
{
    internal static QuickInfoAnswer Empty(EditorIncomplete? why) => new(null, null, why);
}

/// <summary>A parameter of a signature: its text, and where it stands in the signature's label (0-based, end exclusive).</summary>
public sealed record ParameterEntry(string Label, int Start, int End, string? Documentation);

/// <summary>One overload that fits the call being written.</summary>
public sealed record SignatureEntry(string Label, string? Documentation, IReadOnlyList<ParameterEntry> Parameters);

/// <summary>The overloads of the call around the caret, which one the arguments so far pick, and which argument the caret is in.</summary>
public sealed record SignatureHelpAnswer(IReadOnlyList<SignatureEntry> Signatures, int ActiveSignature, int ActiveParameter, EditorIncomplete? Incomplete)
{
    internal static SignatureHelpAnswer Empty(EditorIncomplete? why) => new([], 0, 0, why);
}
