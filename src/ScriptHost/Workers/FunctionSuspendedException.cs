namespace ScriptHost.Workers;

/// <summary>The function kept ending its workers and is suspended for <see cref="RetryAfter"/>.</summary>
internal sealed class FunctionSuspendedException(string functionKey, TimeSpan retryAfter, int crashes)
    : Exception($"The function {functionKey} ended its worker {crashes} times in a short while (crashes or limits only a kill could stop), so it is suspended; retry in {Math.Ceiling(retryAfter.TotalSeconds)} s.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
