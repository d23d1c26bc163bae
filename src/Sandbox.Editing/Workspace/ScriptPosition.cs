using Microsoft.CodeAnalysis.Text;

namespace ScriptHost.Sandbox.Editing.Workspace;

/// <summary>
/// Positions in the author's text, 1-based line and column in UTF-16 code units (as browser editors count), and their
/// offsets. Lines end at <c>\n</c>, <c>\r\n</c> or <c>\r</c>, as Roslyn counts them; a column may be one past the
/// line's last character (the caret at its end).
/// </summary>
public static class ScriptPosition
{
    /// <summary>The offset of (<paramref name="line"/>, <paramref name="column"/>) in <paramref name="source"/>; false when it is outside the text.</summary>
    public static bool TryGetOffset(string source, int line, int column, out int offset)
    {
        ArgumentNullException.ThrowIfNull(source);
        offset = 0;
        var lines = SourceText.From(source).Lines;
        if (line < 1 || line > lines.Count || column < 1 || column - 1 > lines[line - 1].Span.Length)
        {
            return false;
        }

        offset = lines[line - 1].Start + column - 1;
        return true;
    }
}
