namespace ScriptHost.Storage.Validation;

/// <summary>
/// The rule for function and asset paths: starts with '/', segments of [A-Za-z0-9._~-], no empty,
/// "." or ".." segment. Keeping paths this plain means they are safe in URLs and in storage keys.
/// </summary>
public static class StoragePath
{
    public const int MaxLength = 256;

    public static bool IsValid(string? path)
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
}
