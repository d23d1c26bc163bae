namespace ScriptHost.Api.Contracts.Deployments;

/// <summary>Deploys a build: by its number, or the build live on another environment (promotion). Exactly one of them.</summary>
public sealed record CreateDeploymentRequest(int? BuildId, string? FromEnvironment);

/// <summary>A deployment: build <c>buildId</c> went live on <c>environment</c>, copied from <c>fromEnvironment</c> when promoted.</summary>
public sealed record DeploymentDto(int Id, string Environment, int BuildId, string? FromEnvironment, DateTimeOffset CreatedAt);
