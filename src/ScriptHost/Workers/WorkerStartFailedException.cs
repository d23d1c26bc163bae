namespace ScriptHost.Workers;

/// <summary>A worker process could not be started, or did not say it was ready in time.</summary>
internal sealed class WorkerStartFailedException(string message, Exception inner) : Exception(message, inner);
