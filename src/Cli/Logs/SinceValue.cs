using System.Globalization;
using System.Text.RegularExpressions;

namespace ScriptHost.Cli.Logs;

/// <summary>
/// <c>--since</c>: a duration back from now (<c>30s</c>, <c>10m</c>, <c>2h</c>, <c>1d</c>) or a timestamp
/// (<c>2026-12-01T08:00:00Z</c>; without an offset it is UTC).
/// </summary>
internal static partial class SinceValue
{
    public static bool TryParse(string text, DateTimeOffset now, out DateTimeOffset since)
    {
        var duration = Duration().Match(text.Trim());
        if (duration.Success)
        {
            var amount = int.Parse(duration.Groups["amount"].Value, CultureInfo.InvariantCulture);
            since = now - duration.Groups["unit"].Value switch
            {
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromDays(amount),
            };
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out since);
    }

    [GeneratedRegex("^(?<amount>[0-9]{1,6})(?<unit>[smhd])$")]
    private static partial Regex Duration();
}
