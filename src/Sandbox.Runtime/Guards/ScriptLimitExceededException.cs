namespace ScriptHost.Sandbox.Guards;

/// <summary>Thrown into a script when it runs into one of its limits; every later guard call throws it again.</summary>
public sealed class ScriptLimitExceededException : Exception
{
    /// <summary>Creates the exception for <paramref name="limit"/>.</summary>
    public ScriptLimitExceededException(LimitKind limit, string message)
        : base(message)
    {
        Limit = limit;
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public ScriptLimitExceededException()
        : this(LimitKind.Time, "The function ran into a limit.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ScriptLimitExceededException(string message)
        : this(LimitKind.Time, message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public ScriptLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The limit that tripped.</summary>
    public LimitKind Limit { get; }
}
