using System.Globalization;

namespace ScriptHost.Storage.Usage;

/// <summary>The "YYYY-MM" month key usage counters are grouped by, always in UTC.</summary>
public static class UsageMonth
{
    public static string From(DateTimeOffset timestamp) =>
        timestamp.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static bool IsValid(string? month) =>
        month is { Length: 7 }
        && DateTime.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
