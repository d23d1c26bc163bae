using System.Collections;
using System.Text.Json.Nodes;

namespace ScriptHost.Functions;

/// <summary>
/// The request's parameters: query string and body merged, body values winning over query values of the same name.
/// Form, multipart and JSON bodies are all flattened into string values; a JSON body also stays reachable, with its
/// types, through <see cref="Json"/>. Repeated keys keep every value.
/// </summary>
public sealed class FunctionEvent : IEnumerable<KeyValuePair<string, string>>
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _values;

    /// <summary>Creates an event from its values (in order of appearance) and an optional JSON body.</summary>
    public FunctionEvent(IReadOnlyDictionary<string, IReadOnlyList<string>> values, JsonNode? json = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = values;
        Json = json;
    }

    /// <summary>An event with no parameters.</summary>
    public static FunctionEvent Empty { get; } = new(new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>The JSON body with its types, when the request body was JSON; otherwise null.</summary>
    public JsonNode? Json { get; }

    /// <summary>The parameter names.</summary>
    public IEnumerable<string> Keys => _values.Keys;

    /// <summary>The first value of each parameter.</summary>
    public IEnumerable<string> Values => _values.Values.Select(v => v[0]);

    /// <summary>How many distinct parameters there are.</summary>
    public int Count => _values.Count;

    /// <summary>The (first) value of <paramref name="key"/>, or null when absent (as <c>event.Key</c> is undefined in Twilio Functions).</summary>
    public string? this[string key] => _values.TryGetValue(key, out var values) ? values[0] : null;

    /// <summary>Every value of <paramref name="key"/>, in order; empty when absent.</summary>
    public IReadOnlyList<string> GetAll(string key) => _values.TryGetValue(key, out var values) ? values : [];

    /// <summary>The (first) value of <paramref name="key"/>, or <paramref name="fallback"/> when absent.</summary>
    public string Get(string key, string fallback = "") => _values.TryGetValue(key, out var values) ? values[0] : fallback;

    /// <summary>True when <paramref name="key"/> is present.</summary>
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <summary>The (first) value of <paramref name="key"/>, when present.</summary>
    public bool TryGetValue(string key, out string value)
    {
        if (_values.TryGetValue(key, out var values))
        {
            value = values[0];
            return true;
        }

        value = string.Empty;
        return false;
    }

    /// <summary>Each parameter with its first value.</summary>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
        _values.Select(p => new KeyValuePair<string, string>(p.Key, p.Value[0])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
