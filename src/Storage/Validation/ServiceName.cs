namespace ScriptHost.Storage.Validation;

/// <summary>The rule for service names, shared with the server so both reject the same names: 1–63 of [a-z0-9-].</summary>
public static class ServiceName
{
    public const int MaxLength = 63;

    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength)
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
