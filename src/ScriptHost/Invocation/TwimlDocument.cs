namespace ScriptHost.Invocation;

/// <summary>Recognises a TwiML response object among a function's results and renders it as XML.</summary>
internal static class TwimlDocument
{
    // Placeholder until the TwiML builders land in the function API: nothing is TwiML yet.
    public static string? TryRender(object value) => null;
}
