using ScriptHost.Storage.Deployments;

namespace ScriptHost.Deployments;

/// <summary>Deploys a build: by its number, or the build live on another environment (promotion). Exactly one of them.</summary>
internal sealed record CreateDeploymentRequest(int? BuildId, string? FromEnvironment);

/// <summary>A deployment: build <c>buildId</c> went live on <c>environment</c>, copied from <c>fromEnvironment</c> when promoted.</summary>
internal sealed record DeploymentDto(int Id, string Environment, int BuildId, string? FromEnvironment, DateTimeOffset CreatedAt)
{
    public static DeploymentDto From(Deployment deployment) =>
        new(deployment.Id, deployment.Environment, deployment.BuildId, deployment.FromEnvironment, deployment.CreatedAt);
}
