namespace ScriptHost.Storage.Errors;

/// <summary>A single value is larger than storage accepts (e.g. a key-value entry over 64 KB); maps to 413.</summary>
public sealed class ValueTooLargeException : StorageException
{
    public ValueTooLargeException(long actualBytes, long maximumBytes, string message)
        : base(message)
    {
        ActualBytes = actualBytes;
        MaximumBytes = maximumBytes;
    }

    public long ActualBytes { get; }

    public long MaximumBytes { get; }
}
