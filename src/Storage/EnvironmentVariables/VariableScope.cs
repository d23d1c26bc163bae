namespace ScriptHost.Storage.EnvironmentVariables;

/// <summary>Where a variable is set: the service's defaults (<see cref="Environment"/> <c>null</c>) or one environment's overrides.</summary>
public sealed record VariableScope(string Service, string? Environment)
{
    public static VariableScope ServiceDefaults(string service) => new(service, null);

    public static VariableScope Of(string service, string environment) => new(service, environment);
}
