using System.Globalization;
using Twilio.Types;

namespace Twilio.TwiML;

/// <summary>
/// Collects an element's attributes in order, formatting typed values as Twilio's Node library does and leaving
/// out the ones not set.
/// </summary>
internal sealed class TwiMLAttributes
{
    private readonly List<KeyValuePair<string, string>> _items = [];

    public IReadOnlyList<KeyValuePair<string, string>> Items => _items;

    public void Add(string name, string? value)
    {
        if (value is not null)
        {
            _items.Add(new KeyValuePair<string, string>(name, value));
        }
    }

    public void Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    // JavaScript writes booleans in lower case; Boolean.ToString() would write "True".
    public void Add(string name, bool? value) => Add(name, value is null ? null : value.Value ? "true" : "false");

    public void Add(string name, Uri? value) => Add(name, value?.OriginalString);

    public void Add(string name, Http.HttpMethod? value) => Add(name, value?.ToString());

    public void Add(string name, PhoneNumber? value) => Add(name, value?.ToString());

    public void Add(string name, StringEnum? value) => Add(name, value?.ToString());

    // Lists are space-separated, as Twilio's libraries join statusCallbackEvent and similar attributes.
    public void Add<TValue>(string name, IEnumerable<TValue>? values)
        where TValue : StringEnum =>
        Add(name, values is null ? null : string.Join(' ', values.Select(value => value.ToString())));

    public static string Format(object value) => value switch
    {
        bool flag => flag ? "true" : "false",
        Uri uri => uri.OriginalString,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
