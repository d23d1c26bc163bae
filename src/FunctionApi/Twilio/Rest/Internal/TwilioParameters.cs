using System.Collections;
using System.Globalization;
using System.Text;
using Twilio.Types;

namespace Twilio.Rest.Internal;

/// <summary>
/// Query or form parameters in Twilio's wire format: PascalCase names, lists as the name repeated once per value
/// (<c>MediaUrl=a&amp;MediaUrl=b</c>, as Twilio's own libraries send them), unset values left out.
/// </summary>
internal sealed class TwilioParameters : IReadOnlyList<KeyValuePair<string, string>>
{
    private readonly List<KeyValuePair<string, string>> _parameters = [];

    public int Count => _parameters.Count;

    public KeyValuePair<string, string> this[int index] => _parameters[index];

    public TwilioParameters Add(string name, string? value)
    {
        if (value is not null)
        {
            _parameters.Add(new(name, value));
        }

        return this;
    }

    public TwilioParameters Add(string name, PhoneNumber? value) => Add(name, value?.ToString());

    public TwilioParameters Add(string name, Uri? value) => Add(name, value?.OriginalString);

    public TwilioParameters Add(string name, StringEnum? value) => Add(name, value?.ToString());

    public TwilioParameters Add(string name, Http.HttpMethod? value) => Add(name, value?.ToString());

    public TwilioParameters Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public TwilioParameters Add(string name, bool? value) => Add(name, value switch { null => null, true => "true", false => "false" });

    /// <summary>ISO 8601 in UTC, as Twilio's libraries send date filters; an unspecified kind is taken as UTC.</summary>
    public TwilioParameters Add(string name, DateTime? value) =>
        Add(name, value is { } date ? DateTime.SpecifyKind(date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : date, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : null);

    public TwilioParameters AddEach<T>(string name, IEnumerable<T>? values)
        where T : class
    {
        foreach (var value in values ?? [])
        {
            Add(name, value switch
            {
                Uri uri => uri.OriginalString,
                _ => value.ToString(),
            });
        }

        return this;
    }

    /// <summary>Encodes as <c>application/x-www-form-urlencoded</c> (also a valid query string).</summary>
    public static string Encode(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in parameters)
        {
            if (text.Length > 0)
            {
                text.Append('&');
            }

            text.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return text.ToString();
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _parameters.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
