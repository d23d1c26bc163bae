namespace ScriptHost.Storage.Errors;

/// <summary>The write contradicts what is stored (e.g. the service already exists); maps to 409 Conflict.</summary>
public sealed class StorageConflictException : StorageException
{
    public StorageConflictException(string message)
        : base(message)
    {
    }

    public StorageConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
