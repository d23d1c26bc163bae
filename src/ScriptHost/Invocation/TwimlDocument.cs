namespace ScriptHost.Invocation;

/// <summary>Recognises a TwiML object among a function's results and renders it as the XML Twilio expects.</summary>
internal static class TwimlDocument
{
    public static string? TryRender(object value) => value is global::Twilio.TwiML.TwiML twiml ? twiml.ToString() : null;
}
