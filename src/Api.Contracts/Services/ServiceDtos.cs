namespace ScriptHost.Api.Contracts.Services;

/// <summary>A service to create, by name.</summary>
public sealed record CreateServiceRequest(string? Name);

/// <summary>A created service and its key, shown this once (only its hash is stored).</summary>
public sealed record CreatedService(string Name, string ApiKey);

/// <summary>A service and how many functions it serves.</summary>
public sealed record ServiceSummary(string Name, int Functions);
