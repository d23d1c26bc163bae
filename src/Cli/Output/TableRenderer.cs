namespace ScriptHost.Cli.Output;

/// <summary>
/// Aligned columns with a header row, the way <c>docker ps</c> or <c>kubectl get</c> print lists. Our own few lines
/// rather than Spectre.Console: the tool prints plain lists and one-line errors, and a rendering library several
/// times the size of the rest of the tool would buy box drawing it does not want (pipes and greps read plain columns).
/// </summary>
internal static class TableRenderer
{
    private const string Gap = "  ";

    public static void Write(TextWriter writer, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows, bool useColour)
    {
        var cells = rows.Select(row => headers.Select((_, column) => Clean(column < row.Count ? row[column] : null)).ToArray()).ToList();
        var widths = headers.Select((header, column) => cells.Select(row => row[column].Length).Prepend(header.Length).Max()).ToArray();
        writer.WriteLine(Colour.Bold(Line(headers.Select(header => header.ToUpperInvariant()).ToArray(), widths), useColour));
        foreach (var row in cells)
        {
            writer.WriteLine(Line(row, widths));
        }
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths) =>
        string.Join(Gap, cells.Select((cell, column) => column == cells.Count - 1 ? cell : cell.PadRight(widths[column]))).TrimEnd();

    // A value with a line break or tab would break the columns; one space keeps the row on its line.
    private static string Clean(string? value) => (value ?? "-").ReplaceLineEndings(" ").Replace('\t', ' ');
}
