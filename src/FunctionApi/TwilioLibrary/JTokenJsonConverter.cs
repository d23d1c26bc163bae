using System.Text.Json;
using System.Text.Json.Serialization;
using Newtonsoft.Json.Linq;

namespace ScriptHost.Functions.TwilioLibrary;

/// <summary>
/// Writes the Newtonsoft JSON a resource keeps as it came (<c>VerificationResource.Lookup</c>,
/// <c>SendCodeAttempts</c>: properties typed <c>object</c> that hold a <see cref="JToken"/>) as that JSON. The host's
/// System.Text.Json would otherwise enumerate the token's children as arrays: <c>{"carrier":[[[]],[[]]]}</c>.
/// </summary>
/// <remarks>
/// Write-only: a function cannot name Newtonsoft's types (they are not in the allowlist), and a property typed
/// <c>object</c> is read as a <see cref="JsonElement"/>, so nothing asks to read one. The token came from an answer
/// the client already read whole, so its text is bounded by that answer; the host's writer checks it against the
/// output limit like any other output.
/// </remarks>
internal sealed class JTokenJsonConverter : JsonConverter<JToken>
{
    public static JTokenJsonConverter Instance { get; } = new();

    public override bool CanConvert(Type typeToConvert) => typeof(JToken).IsAssignableFrom(typeToConvert);

    public override void Write(Utf8JsonWriter writer, JToken value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteRawValue(value.ToString(Newtonsoft.Json.Formatting.None));
    }

    public override JToken Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Newtonsoft JSON values are written by the host, not read.");
}
