using ScriptHost.Functions;

namespace ScriptHost.Execution.Rendering;

/// <summary>A function's answer, rendered and ready to write (or to send from a worker to the host).</summary>
public sealed record RenderedResponse(
    int StatusCode,
    string? ContentType,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    IReadOnlyList<ResponseCookie> Cookies,
    byte[] Body);
