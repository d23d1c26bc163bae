namespace ScriptHost.Workers;

/// <summary>No worker could be had for an invocation: one could not be started, did not say it was ready in time, or its service was released meanwhile.</summary>
internal sealed class WorkerStartFailedException(string message, Exception? inner = null) : Exception(message, inner);
