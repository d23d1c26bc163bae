using System.Diagnostics.CodeAnalysis;

namespace ScriptHost.Storage.Validation;

/// <summary>
/// The one rule for function and asset paths, used by the store and by the server's API alike: starts with '/',
/// segments of [A-Za-z0-9._~-], no empty, "." or ".." segment, at most <see cref="MaxLength"/> characters. Keeping
/// paths this plain means they are safe in URLs and in storage keys.
/// </summary>
public static class StoragePath
{
    public const int MaxLength = 256;

    /// <summary>The rule in words, for a message that refuses a path.</summary>
    public const string Rule = "segments of letters, digits, '-', '_', '.' and '~' separated by '/' (no empty, '.' or '..' segments)";

    public static bool IsValid([NotNullWhen(true)] string? path)
    {
        if (path is null || path.Length < 2 || path.Length > MaxLength || path[0] != '/')
        {
            return false;
        }

        foreach (var segment in path[1..].Split('/'))
        {
            if (segment.Length == 0 || segment is "." or "..")
            {
                return false;
            }

            foreach (var character in segment)
            {
                if (!(char.IsAsciiLetterOrDigit(character) || character is '.' or '_' or '~' or '-'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// A path as a URL carries it (<c>sms</c>, <c>/sms</c>) in its stored form (<c>/sms</c>), or null, with the reason
    /// in words a caller can act on, when it breaks the rule.
    /// </summary>
    public static string? Normalize(string? raw, out string? error)
    {
        var path = "/" + (raw ?? string.Empty).TrimStart('/');
        if (path.Length > MaxLength)
        {
            error = $"Paths are at most {MaxLength} characters.";
            return null;
        }

        if (!IsValid(path))
        {
            error = $"'{raw}' is not a valid path: use {Rule}.";
            return null;
        }

        error = null;
        return path;
    }
}
