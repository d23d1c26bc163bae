namespace ScriptHost.Api.Contracts.Functions;

/// <summary>Who may call a function (the Twilio Functions model).</summary>
public enum FunctionVisibility
{
    /// <summary>Anyone with the URL.</summary>
    Public,

    /// <summary>Only requests carrying a valid Twilio signature (webhooks).</summary>
    Protected,

    /// <summary>Not reachable over HTTP; callable only from other functions of the service.</summary>
    Private,
}
