using System.Text.RegularExpressions;

namespace ScriptHost.Cli.Project;

/// <summary>
/// How a file says its visibility: a <c>.protected</c> / <c>.private</c> suffix before the extension
/// (<c>sms.protected.csx</c>, <c>logo.private.png</c>), or, for a function, a first line
/// <c>// visibility: protected</c>. Neither means public.
/// </summary>
internal static partial class VisibilityConvention
{
    /// <summary>
    /// Splits a file name into its served name and the visibility its suffix gives: <c>logo.private.png</c> →
    /// (<c>logo.png</c>, Private); <c>notes.private</c> (no other extension) → (<c>notes</c>, Private).
    /// </summary>
    public static (string Name, Visibility? Visibility) FromFileName(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        var stem = Path.GetFileNameWithoutExtension(fileName);
        if (SuffixVisibility(extension) is { } bare)
        {
            return (stem, bare);
        }

        return SuffixVisibility(Path.GetExtension(stem)) is { } visibility
            ? (Path.GetFileNameWithoutExtension(stem) + extension, visibility)
            : (fileName, null);
    }

    /// <summary>The visibility a function's first line declares (<c>// visibility: private</c>), or null.</summary>
    public static Visibility? FromFrontMatter(string source)
    {
        var firstLine = source.AsSpan().TrimStart('\uFEFF');
        var end = firstLine.IndexOfAny('\r', '\n');
        var match = FrontMatter().Match((end < 0 ? firstLine : firstLine[..end]).ToString());
        return match.Success ? Enum.Parse<Visibility>(match.Groups["visibility"].Value, ignoreCase: true) : null;
    }

    private static Visibility? SuffixVisibility(string extension) => extension switch
    {
        ".protected" => Visibility.Protected,
        ".private" => Visibility.Private,
        _ => null,
    };

    [GeneratedRegex(@"^\s*//\s*visibility\s*:\s*(?<visibility>public|protected|private)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FrontMatter();
}
