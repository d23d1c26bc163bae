namespace ScriptHost.Storage.Usage;

/// <summary>Invocations to add to one (service, environment, function, month) counter.</summary>
public sealed record UsageIncrement(string Service, string FunctionPath, string Month, long Invocations, string Environment = Validation.EnvironmentName.Production);
