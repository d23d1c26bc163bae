namespace ScriptHost.Workers;

/// <summary>Every worker is bound to a service that is using it, and the pool may not grow.</summary>
internal sealed class WorkerPoolExhaustedException(int maxWorkers)
    : Exception($"All {maxWorkers} workers are busy serving other services; retry shortly.");
