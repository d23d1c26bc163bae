namespace ScriptHost.Storage.Errors;

/// <summary>Input breaks a storage rule (bad name, path, size); maps to 400 Bad Request.</summary>
public sealed class StorageValidationException : StorageException
{
    public StorageValidationException(string parameterName, string message)
        : base(message)
    {
        ParameterName = parameterName;
    }

    /// <summary>The argument that was rejected, so a problem response can point at it.</summary>
    public string ParameterName { get; }
}
