namespace ScriptHost.Storage.Usage;

/// <summary>How many times a function was invoked in an environment in a calendar month (UTC, "YYYY-MM").</summary>
public sealed record UsageCounter(string Service, string FunctionPath, string Month, long Invocations, string Environment = Validation.EnvironmentName.Production);
