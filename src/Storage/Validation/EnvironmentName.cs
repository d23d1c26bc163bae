namespace ScriptHost.Storage.Validation;

/// <summary>
/// The rule for environment names, shared with the server and the CLI: 1–32 of [a-z0-9-]. Every service has
/// <see cref="Production"/>, which cannot be deleted and is the environment today's routes and records mean.
/// </summary>
public static class EnvironmentName
{
    public const int MaxLength = 32;

    /// <summary>The environment every service has: served at <c>/{service}/...</c>, and what records written before environments existed belong to.</summary>
    public const string Production = "production";

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
