namespace ScriptHost.Storage.Assets;

/// <summary>Whether an asset is served over HTTP to anyone, only to Twilio, or only readable by the service's functions.</summary>
public enum AssetVisibility
{
    /// <summary>Served to anyone with the URL.</summary>
    Public,

    /// <summary>Not served over HTTP; readable only by the service's functions (through <c>Assets</c>).</summary>
    Private,

    /// <summary>
    /// Served only to requests carrying a valid Twilio signature, as protected functions are; readable by functions.
    /// Last, so the members before it keep their numbers.
    /// </summary>
    Protected,
}
