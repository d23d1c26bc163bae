using ScriptHost.Storage.DeploymentEnvironments;

namespace ScriptHost.Environments;

/// <summary>Creates an environment: its name (<see cref="Storage.Validation.EnvironmentName"/>).</summary>
internal sealed record CreateEnvironmentRequest(string? Name);

/// <summary>Where an environment's functions answer: the path form, and the host form (null until a host suffix is configured).</summary>
internal sealed record EnvironmentUrlsDto(string Path, string? Host);

/// <summary>An environment: its name, URLs and what is live on it (null before its first deployment).</summary>
internal sealed record EnvironmentDto(string Name, EnvironmentUrlsDto Urls, int? LiveBuildId, int? LiveDeploymentId, DateTimeOffset CreatedAt)
{
    public static EnvironmentDto From(DeploymentEnvironment environment, string baseUrl) => new(
        environment.Name,
        new EnvironmentUrlsDto($"{baseUrl}/{Serving.ServiceAddress.Format(environment.Service, environment.Name)}/", Host: null),
        environment.LiveBuildId,
        environment.LiveDeploymentId,
        environment.CreatedAt);
}
