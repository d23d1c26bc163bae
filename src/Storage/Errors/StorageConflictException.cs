namespace ScriptHost.Storage.Errors;

/// <summary>
/// The write contradicts what is stored (e.g. the service already exists); maps to 409 Conflict. Subtypes say which
/// conflict when a caller needs its details (<see cref="BuildStatusConflictException"/>, <see cref="HostLabelTakenException"/>).
/// </summary>
public class StorageConflictException : StorageException
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
