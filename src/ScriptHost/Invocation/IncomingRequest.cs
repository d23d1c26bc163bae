using Microsoft.Extensions.Primitives;

namespace ScriptHost.Invocation;

/// <summary>
/// A function request read whole, once: raw body bytes (bounded), the parameters it carries, and whether the body
/// was JSON. Signature validation and the function's <c>Event</c> both work from this.
/// </summary>
internal sealed record IncomingRequest(
    byte[] Body,
    IReadOnlyList<KeyValuePair<string, StringValues>> QueryParameters,
    IReadOnlyList<KeyValuePair<string, StringValues>> BodyParameters,
    bool BodyIsJson,
    System.Text.Json.Nodes.JsonNode? Json);
