namespace ScriptHost.Functions;

/// <summary>
/// Thrown by <see cref="IKeyValueStore.SetAsync"/> when the write would take the service past its key-value quota
/// (entries or total bytes). Nothing was written.
/// </summary>
public sealed class StoreQuotaExceededException : Exception
{
    /// <summary>Creates the exception with the quota's explanation.</summary>
    public StoreQuotaExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public StoreQuotaExceededException()
        : this("The write would exceed the service's key-value quota.")
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public StoreQuotaExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
