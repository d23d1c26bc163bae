using ScriptHost.Api.Contracts.Deployments;
using ScriptHost.Storage.Deployments;

namespace ScriptHost.Deployments;

/// <summary>Stored deployments as the API shows them.</summary>
internal static class DeploymentDtoMapping
{
    extension(DeploymentDto)
    {
        public static DeploymentDto From(Deployment deployment) =>
            new(deployment.Id, deployment.Environment, deployment.BuildId, deployment.FromEnvironment, deployment.CreatedAt);
    }
}
