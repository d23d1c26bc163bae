namespace ScriptHost.Storage.Errors;

/// <summary>
/// A write names a parent that does not exist (e.g. deploying into an unknown service); maps to 404.
/// Reads and deletes of a missing item do not throw: they return <c>null</c> or <c>false</c>.
/// </summary>
public sealed class StorageNotFoundException : StorageException
{
    public StorageNotFoundException(string message)
        : base(message)
    {
    }
}
