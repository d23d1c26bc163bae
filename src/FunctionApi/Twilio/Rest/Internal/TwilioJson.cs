using System.Globalization;
using System.Text.Json;

namespace Twilio.Rest.Internal;

/// <summary>
/// Reads Twilio's snake_case resource JSON leniently: a missing, null or unexpected value reads as null rather than
/// failing the whole resource, because Twilio adds fields and formats over time.
/// </summary>
internal static class TwilioJson
{
    private static readonly string[] Rfc2822Formats =
    [
        "ddd, dd MMM yyyy HH:mm:ss zzz",
        "ddd, d MMM yyyy HH:mm:ss zzz",
        "dd MMM yyyy HH:mm:ss zzz",
    ];

    public static string? String(this JsonElement resource, string name) =>
        resource.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        } : null;

    public static int? Int(this JsonElement resource, string name) =>
        resource.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : int.TryParse(resource.String(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

    public static decimal? Decimal(this JsonElement resource, string name) =>
        decimal.TryParse(resource.String(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>Twilio writes dates as RFC 2822 (<c>Thu, 24 Aug 2023 05:01:45 +0000</c>); returned in UTC.</summary>
    public static DateTime? Date(this JsonElement resource, string name)
    {
        if (resource.String(name) is not { } text)
        {
            return null;
        }

        // .NET's zzz wants "+00:00"; RFC 2822 writes "+0000".
        var normalized = text.Length > 5 && text[^5] is '+' or '-' && text[^3] != ':' ? text.Insert(text.Length - 2, ":") : text;
        if (DateTimeOffset.TryParseExact(normalized, Rfc2822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
        {
            return date.UtcDateTime;
        }

        return null;
    }

    public static IReadOnlyDictionary<string, string>? StringMap(this JsonElement resource, string name)
    {
        if (!resource.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                map[property.Name] = property.Value.GetString()!;
            }
        }

        return map;
    }

    public static IEnumerable<JsonElement> Array(this JsonElement page, string name) =>
        page.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];
}
