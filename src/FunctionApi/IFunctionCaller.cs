namespace ScriptHost.Functions;

/// <summary>Calls another function of the same service (private ones included) and returns what it answered.</summary>
public interface IFunctionCaller
{
    /// <summary>Invokes the function at <paramref name="path"/> with <paramref name="parameters"/> as its event.</summary>
    Task<FunctionCallResult> InvokeAsync(string path, IReadOnlyDictionary<string, string>? parameters = null);
}

/// <summary>What a called function answered.</summary>
/// <param name="StatusCode">The HTTP status it would have answered with.</param>
/// <param name="ContentType">Its content type.</param>
/// <param name="Body">Its body as text.</param>
public sealed record FunctionCallResult(int StatusCode, string ContentType, string Body);
