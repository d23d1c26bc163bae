namespace ScriptHost.Storage.EnvironmentVariables;

/// <summary>
/// A variable of a service: a default of every environment when <see cref="Environment"/> is <c>null</c>, else the
/// value one environment overrides it with. Secret values are never shown back by the API (the server's job).
/// </summary>
public sealed record EnvironmentVariable(string Name, string Value, bool IsSecret, DateTimeOffset UpdatedAt, string? Environment = null);
