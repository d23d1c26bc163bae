using System.Text.Json.Nodes;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary;

/// <summary>One question put to the host and to the npm library: compute a signature, or validate a (possibly tampered) request.</summary>
internal sealed record SignatureCheck(
    string Name,
    string Operation,
    string Token,
    string Url,
    IReadOnlyList<KeyValuePair<string, string>>? Parameters,
    string? Body,
    string? Signature,
    bool? ExpectedValid,
    string? SignedAs = null)
{
    public static SignatureCheck Compute(string name, string token, string url, IReadOnlyList<KeyValuePair<string, string>>? parameters) =>
        new(name, "compute", token, url, parameters, null, null, null);

    public static SignatureCheck Validate(string name, string token, string url, IReadOnlyList<KeyValuePair<string, string>> parameters, string signature, bool expectedValid, string? signedAs = null) =>
        new(name, "validate", token, url, parameters, null, signature, expectedValid, signedAs);

    /// <summary>Whether the request was signed over another spelling of its URL (with or without the port) than it arrived with.</summary>
    public bool SignedOverAnotherSpelling => SignedAs is not null && SignedAs != Url;

    public static SignatureCheck ValidateWithBody(string name, string token, string url, string body, string signature, bool expectedValid) =>
        new(name, "validateWithBody", token, url, null, body, signature, expectedValid);

    public JsonNode ToOracleCase() => new JsonObject
    {
        ["op"] = Operation,
        ["token"] = Token,
        ["url"] = Url,
        ["params"] = Parameters is null ? null : new JsonArray([.. Parameters.Select(pair => (JsonNode)new JsonArray(pair.Key, pair.Value))]),
        ["body"] = Body,
        ["signature"] = Signature,
    };
}
