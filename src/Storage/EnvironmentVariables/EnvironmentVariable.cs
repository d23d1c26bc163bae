namespace ScriptHost.Storage.EnvironmentVariables;

/// <summary>A service's environment variable; secret values are never shown back by the API (the server's job).</summary>
public sealed record EnvironmentVariable(string Name, string Value, bool IsSecret, DateTimeOffset UpdatedAt);
