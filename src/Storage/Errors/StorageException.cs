namespace ScriptHost.Storage.Errors;

/// <summary>
/// Base of the few exceptions storage throws on purpose. The server maps each subtype to one HTTP
/// problem type; anything else escaping storage is a bug or an I/O failure (500).
/// A rejected write never changes what was already stored.
/// </summary>
public abstract class StorageException : Exception
{
    protected StorageException(string message)
        : base(message)
    {
    }

    protected StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
