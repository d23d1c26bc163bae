namespace ScriptHost.Api.Client;

/// <summary>The server could not be reached at all (refused, unknown host, timed out): there is no answer to show.</summary>
public sealed class ScriptHostUnreachableException : Exception
{
    public ScriptHostUnreachableException()
    {
    }

    public ScriptHostUnreachableException(string message)
        : base(message)
    {
    }

    public ScriptHostUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The server's address, as the client was given it.</summary>
    public Uri? Server { get; init; }
}
