namespace ScriptHost.Cli.Project;

/// <summary>Who may call a function or fetch an asset; the same names as the server's visibilities.</summary>
internal enum Visibility
{
    /// <summary>Anyone with the URL.</summary>
    Public,

    /// <summary>Only requests signed by Twilio (functions only).</summary>
    Protected,

    /// <summary>Not served over HTTP; other functions of the service can still use it.</summary>
    Private,
}
