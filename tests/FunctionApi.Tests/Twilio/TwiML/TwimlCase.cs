using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ScriptHost.FunctionApi.Tests.Twilio.TwiML;

/// <summary>
/// One TwiML construction, described once and built twice: by ScriptHost's typed API (<see cref="TwimlCaseBuilder"/>)
/// and by the npm library (oracle.js). Attributes are listed in the order both libraries write them.
/// </summary>
public sealed record TwimlCase(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("response")] string Response,
    [property: JsonPropertyName("children")] IReadOnlyList<TwimlNode> Children);

/// <summary>A verb or noun: its tag, optional text, attributes as (name, value) pairs and nested elements.</summary>
public sealed record TwimlNode(
    [property: JsonPropertyName("verb")] string Verb,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("attrs")] IReadOnlyList<IReadOnlyList<string>>? Attributes,
    [property: JsonPropertyName("children")] IReadOnlyList<TwimlNode>? Children)
{
    public IReadOnlyList<IReadOnlyList<string>> AttributeList => Attributes ?? [];

    public IReadOnlyList<TwimlNode> ChildList => Children ?? [];
}

internal static class TwimlCaseJson
{
    public static JsonNode ToOracleCase(TwimlCase twimlCase) => System.Text.Json.JsonSerializer.SerializeToNode(twimlCase)!;
}
