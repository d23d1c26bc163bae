namespace ScriptHost.Contracts;

/// <summary>
/// A function's or an asset's visibility as a request names it: <c>public</c>, <c>protected</c> or <c>private</c>
/// (any case; absent means public), the Twilio model both share. The one parse and the one message of the routes and
/// bundles that take a visibility.
/// </summary>
internal static class VisibilityText
{
    public const string Rule = "'visibility' must be \"public\", \"protected\" or \"private\".";

    /// <summary>
    /// The member named <paramref name="raw"/>, or <paramref name="absent"/> when it is null. Names only: a number or
    /// a comma list, which <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> would take, is refused.
    /// </summary>
    public static bool TryParse<TVisibility>(string? raw, TVisibility absent, out TVisibility visibility)
        where TVisibility : struct, Enum
    {
        visibility = absent;
        if (raw is null)
        {
            return true;
        }

        var name = Array.Find(Enum.GetNames<TVisibility>(), name => name.Equals(raw, StringComparison.OrdinalIgnoreCase));
        return name is not null && Enum.TryParse(name, out visibility);
    }
}
