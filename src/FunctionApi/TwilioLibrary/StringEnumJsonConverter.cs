using System.Text.Json;
using System.Text.Json.Serialization;
using Twilio.Types;

namespace ScriptHost.Functions.TwilioLibrary;

/// <summary>
/// Writes the library's string enums (<c>MessageResource.StatusEnum</c> and every other <see cref="StringEnum"/>
/// subclass) as their string, as Twilio's API and Node library do: <c>"status":"queued"</c>. The library marks them
/// for Newtonsoft; without this the host's JSON would see a class with no public properties and write <c>{}</c>.
/// </summary>
internal sealed class StringEnumJsonConverter : JsonConverter<StringEnum>
{
    public static StringEnumJsonConverter Instance { get; } = new();

    public override bool CanConvert(Type typeToConvert) => typeof(StringEnum).IsAssignableFrom(typeToConvert);

    public override void Write(Utf8JsonWriter writer, StringEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.ToString());
    }

    /// <summary>Reads a string into the enum type asked for, through its public parameterless constructor (every generated one has it).</summary>
    public override StringEnum? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A {typeToConvert.Name} is read from a JSON string.");
        }

        if (typeToConvert.IsAbstract || typeToConvert.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new JsonException($"{typeToConvert.Name} has no public parameterless constructor to read it with.");
        }

        var value = (StringEnum)Activator.CreateInstance(typeToConvert)!;
        value.FromString(reader.GetString()!);
        return value;
    }
}
