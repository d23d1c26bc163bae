namespace ScriptHost.Storage.Functions;

/// <summary>Per-function overrides of the host's limits; <c>null</c> means the host default.</summary>
public sealed record FunctionLimits(int? TimeoutMs = null, int? MemoryMb = null)
{
    /// <summary>No overrides.</summary>
    public static FunctionLimits Default { get; } = new();
}
