using System.Text.Json;
using System.Text.Json.Serialization;
using Twilio.Types;

namespace ScriptHost.Functions.TwilioLibrary;

/// <summary>
/// Writes the library's <see cref="PhoneNumber"/> (a resource's <c>From</c>, say) as its string, <c>"+15017122661"</c>,
/// and reads one from a string. Without this the host's JSON would write <c>{}</c>: the number is a private field.
/// </summary>
internal sealed class PhoneNumberJsonConverter : JsonConverter<PhoneNumber>
{
    public static PhoneNumberJsonConverter Instance { get; } = new();

    public override void Write(Utf8JsonWriter writer, PhoneNumber value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.ToString());
    }

    public override PhoneNumber? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? new PhoneNumber(reader.GetString())
            : throw new JsonException("A PhoneNumber is read from a JSON string.");
}
