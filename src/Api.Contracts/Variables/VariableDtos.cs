namespace ScriptHost.Api.Contracts.Variables;

/// <summary>A variable's value, and whether it is secret (never shown back).</summary>
public sealed record SetVariableRequest(string? Value, bool? Secret);

/// <summary>A variable as listed: a secret's value is null.</summary>
public sealed record VariableDto(string Name, string? Value, bool Secret, DateTimeOffset UpdatedAt);

/// <summary>A variable just set (its value is not echoed).</summary>
public sealed record VariableSetDto(string Name, bool Secret, DateTimeOffset UpdatedAt);
