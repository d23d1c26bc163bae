using ScriptHost.Api.Contracts.Environments;
using ScriptHost.Storage.DeploymentEnvironments;

namespace ScriptHost.Environments;

/// <summary>Stored environments as the API shows them.</summary>
internal static class EnvironmentDtoMapping
{
    extension(EnvironmentDto)
    {
        public static EnvironmentDto From(DeploymentEnvironment environment, EnvironmentUrls urls) => new(
            environment.Name,
            urls.For(environment.Service, environment.Name),
            environment.LiveBuildId,
            environment.LiveDeploymentId,
            environment.CreatedAt);
    }
}
