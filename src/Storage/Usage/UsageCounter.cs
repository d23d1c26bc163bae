namespace ScriptHost.Storage.Usage;

/// <summary>How many times a function was invoked in a calendar month (UTC, "YYYY-MM").</summary>
public sealed record UsageCounter(string Service, string FunctionPath, string Month, long Invocations);
