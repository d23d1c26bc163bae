using System.Diagnostics.CodeAnalysis;

namespace ScriptHost.Storage.Validation;

/// <summary>
/// The one rule for service names, used by the store and by the server's API alike so both accept the same names:
/// 1–63 of [a-z0-9-], not starting with '-' (a name is the first segment of its functions' URLs, and could become
/// part of a host name).
/// </summary>
public static class ServiceName
{
    public const int MaxLength = 63;

    /// <summary>The rule in words, for a message that refuses a name.</summary>
    public const string Rule = "1-63 lowercase letters, digits or hyphens, starting with a letter or digit";

    public static bool IsValid([NotNullWhen(true)] string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength || name[0] == '-')
        {
            return false;
        }

        foreach (var character in name)
        {
            if (!(char.IsAsciiLetterLower(character) || char.IsAsciiDigit(character) || character == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
