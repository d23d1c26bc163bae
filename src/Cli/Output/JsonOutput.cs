using System.Text.Json;
using System.Text.Json.Serialization;
using ScriptHost.Api.Contracts;

namespace ScriptHost.Cli.Output;

/// <summary>
/// <c>--output json</c>: exactly one JSON document on stdout, in the API's own JSON (<see cref="ApiJson"/>: camelCase,
/// wire enums as camelCase names), indented, so a script can pipe it to <c>jq</c> and read what the API would send.
/// The tool's own enums (e.g. a local file's visibility) are written the same way.
/// </summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    public static void Write<T>(TextWriter writer, T value) => writer.WriteLine(Serialize(value));

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(ApiJson.Options)
        {
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
