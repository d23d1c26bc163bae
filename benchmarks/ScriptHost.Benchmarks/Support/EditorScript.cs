namespace ScriptHost.Benchmarks.Support;

/// <summary>
/// The editor benchmarks' 100-line function: with its caret marker (<c>$$</c>, after <c>text.</c>), and completed at the
/// caret so it compiles (the text diagnostics and the compile baseline check).
/// </summary>
internal static class EditorScript
{
    private const string Caret = "$$";

    public static string WithCaret => BenchmarkScripts.Read("editor-100-lines.csx");

    public static string Complete => WithCaret.Replace("text." + Caret, "text.Length > 20 ? text[..20] : text;", StringComparison.Ordinal);

    /// <summary>The text without its marker, and the marker's 1-based line and column (UTF-16 units), as the editor routes take them.</summary>
    public static (string Source, int Line, int Column) AtCaret(string withCaret)
    {
        var offset = withCaret.IndexOf(Caret, StringComparison.Ordinal);
        var before = withCaret.AsSpan(0, offset);
        var line = before.Count('\n') + 1;
        var column = offset - (before.LastIndexOf('\n') + 1) + 1;
        return (withCaret.Remove(offset, Caret.Length), line, column);
    }
}
