using System.Text.Json.Nodes;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary;

/// <summary>
/// One question put to both the host's check and Twilio's Node library: compute a signature (the host must accept
/// Node's), or validate a (possibly tampered) request.
/// </summary>
internal sealed record SignatureCheck(
    string Name,
    string Operation,
    string Token,
    string Url,
    IReadOnlyList<KeyValuePair<string, string>>? Parameters,
    string? Body,
    string? Signature,
    bool? ExpectedValid)
{
    public const string ComputeOperation = "compute";
    public const string ValidateOperation = "validate";
    public const string ValidateWithBodyOperation = "validateWithBody";

    /// <summary>Node computes the signature; <paramref name="body"/> (JSON requests) is for the host's side only.</summary>
    public static SignatureCheck Compute(string name, string token, string url, IReadOnlyList<KeyValuePair<string, string>>? parameters, string? body = null) =>
        new(name, ComputeOperation, token, url, parameters, body, null, null);

    public static SignatureCheck Validate(string name, string token, string url, IReadOnlyList<KeyValuePair<string, string>> parameters, string signature, bool expectedValid) =>
        new(name, ValidateOperation, token, url, parameters, null, signature, expectedValid);

    public static SignatureCheck ValidateWithBody(string name, string token, string url, string body, string signature, bool expectedValid) =>
        new(name, ValidateWithBodyOperation, token, url, null, body, signature, expectedValid);

    public bool HasRepeatedKey => Parameters?.GroupBy(pair => pair.Key, StringComparer.Ordinal).Any(group => group.Count() > 1) == true;

    /// <summary>The case as oracle.js reads it; a compute case's body is not sent (Node signs the URL alone).</summary>
    public JsonNode ToOracleCase() => new JsonObject
    {
        ["op"] = Operation,
        ["token"] = Token,
        ["url"] = Url,
        ["params"] = Parameters is null ? null : new JsonArray([.. Parameters.Select(pair => (JsonNode)new JsonArray(pair.Key, pair.Value))]),
        ["body"] = Operation == ComputeOperation ? null : Body,
        ["signature"] = Signature,
    };
}
