using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using ScriptHost.Functions.Output;
using ScriptHost.Functions.TwilioLibrary;

namespace ScriptHost.Functions;

/// <summary>
/// JSON for functions, with serializer options the host controls. Functions use this rather than
/// <c>JsonSerializer</c>: the serializer caches metadata per options instance, and the host gives every loaded
/// function options of its own so that metadata for the function's types goes away when the function is unloaded.
/// </summary>
public static class Json
{
    private static readonly AsyncLocal<JsonSerializerOptions?> Ambient = new();

    /// <summary>
    /// Serializes <paramref name="value"/> to JSON text (camelCase property names). Text longer than the invocation may
    /// still output ends the invocation with its output limit, as soon as the writing passes it.
    /// </summary>
    public static string Serialize(object? value) =>
        value is null ? "null" : Encoding.UTF8.GetString(SerializeBounded(value, CurrentOptions, OutputBudget.Current).WrittenSpan);

    /// <summary>Deserializes JSON text into <typeparamref name="T"/> (property names matched case-insensitively).</summary>
    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, CurrentOptions);

    /// <summary>Parses JSON text into a mutable node tree.</summary>
    public static JsonNode? Parse(string json) => JsonNode.Parse(json);

    /// <summary>The options in force for the running invocation (fresh, uncached options outside one).</summary>
    internal static JsonSerializerOptions CurrentOptions => Ambient.Value ?? CreateOptions();

    /// <summary>Makes <paramref name="options"/> the ones used by this logical call context (the host does this per invocation).</summary>
    internal static void Use(JsonSerializerOptions? options) => Ambient.Value = options;

    /// <summary>
    /// Serializes <paramref name="value"/> as UTF-8 into a buffer that asks <paramref name="budget"/> as it fills: a graph
    /// that repeats one large list many times stops at the output limit rather than after gigabytes.
    /// </summary>
    internal static BoundedBufferWriter SerializeBounded(object value, JsonSerializerOptions options, IOutputBudget? budget)
    {
        var buffer = new BoundedBufferWriter(budget);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(options)))
        {
            JsonSerializer.Serialize(writer, value, value.GetType(), options);
        }

        return buffer;
    }

    /// <summary>The writer settings the serializer itself would derive from <paramref name="options"/>.</summary>
    internal static JsonWriterOptions WriterOptions(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        NewLine = options.NewLine,
    };

    /// <summary>
    /// Creates options that share no metadata cache with any other instance: a resolver instance of their own makes
    /// them unequal to every other options object, so the serializer's process-wide cache sharing cannot pin a
    /// function's types after it is unloaded.
    /// </summary>
    /// <remarks>
    /// The Twilio library's value types are written as Twilio writes them (its resources are made for Newtonsoft):
    /// string enums and phone numbers as strings, JSON it kept as it came as that JSON.
    /// </remarks>
    internal static JsonSerializerOptions CreateOptions() => new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        MaxDepth = 64,
        Converters = { StringEnumJsonConverter.Instance, PhoneNumberJsonConverter.Instance, JTokenJsonConverter.Instance },
    };
}
