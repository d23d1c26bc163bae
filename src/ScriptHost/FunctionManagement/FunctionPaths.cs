using System.Text.RegularExpressions;

namespace ScriptHost.FunctionManagement;

/// <summary>Which function and asset paths are valid: URL-safe segments, no dot segments, bounded length.</summary>
internal static partial class FunctionPaths
{
    public const int MaxLength = 256;

    /// <summary>The path with a leading slash, or null (with the reason) when it is not acceptable.</summary>
    public static string? Normalize(string? raw, out string? error)
    {
        var path = "/" + (raw ?? string.Empty).TrimStart('/');
        if (path.Length > MaxLength)
        {
            error = $"Paths are at most {MaxLength} characters.";
            return null;
        }

        if (!Valid().IsMatch(path) || path.Split('/').Any(segment => segment is "." or ".."))
        {
            error = $"'{raw}' is not a valid path: use segments of letters, digits, '-', '_', '.' and '~' separated by '/'.";
            return null;
        }

        error = null;
        return path;
    }

    [GeneratedRegex("^(/[A-Za-z0-9._~-]+)+$")]
    private static partial Regex Valid();
}
