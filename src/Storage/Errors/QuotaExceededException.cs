namespace ScriptHost.Storage.Errors;

/// <summary>A service's key-value quota (entry count or total bytes) would be exceeded; maps to 413 or 429.</summary>
public sealed class QuotaExceededException : StorageException
{
    public QuotaExceededException(string service, string message)
        : base(message)
    {
        Service = service;
    }

    /// <summary>The service whose quota is full.</summary>
    public string Service { get; }
}
