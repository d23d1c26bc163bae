using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScriptHost.Cli.Output;

/// <summary>
/// <c>--output json</c>: exactly one JSON document on stdout, camelCase with enums as strings like the API speaks, so
/// a script can pipe it to <c>jq</c>. (After Api.Contracts is merged the client's ApiJson options can replace these.)
/// </summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void Write<T>(TextWriter writer, T value) => writer.WriteLine(Serialize(value));

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
