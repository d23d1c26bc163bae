using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ScriptHost.Sandbox.Editing.Workspace;

/// <summary>
/// The author's text as a workspace document: the compiler's shared-code <c>#load</c> lines, then the author's text.
/// Maps the author's positions to the document's offsets and back.
/// </summary>
internal sealed class ScriptDocument(Document document, SourceText text, int prefixLength, int prefixLines)
{
    public Document Document { get; } = document;

    /// <summary>The document offset of an offset in the author's text.</summary>
    public int ToDocument(int authorOffset) => prefixLength + authorOffset;

    /// <summary>A span of the document in the author's 1-based lines and columns; null when it lies in the host's lines.</summary>
    public TextRange? ToAuthor(TextSpan span)
    {
        if (span.Start < prefixLength || span.End > text.Length)
        {
            return null;
        }

        var start = text.Lines.GetLinePosition(span.Start);
        var end = text.Lines.GetLinePosition(span.End);
        return new TextRange(start.Line - prefixLines + 1, start.Character + 1, end.Line - prefixLines + 1, end.Character + 1);
    }
}
