using ScriptHost.Storage.DeploymentEnvironments;

namespace ScriptHost.Environments;

/// <summary>Creates an environment: its name (<see cref="Storage.Validation.EnvironmentName"/>).</summary>
internal sealed record CreateEnvironmentRequest(string? Name);

/// <summary>Where an environment's functions answer: the path form, and the host form (null unless a host suffix is configured and the label fits in DNS).</summary>
internal sealed record EnvironmentUrlsDto(string Path, string? Host);

/// <summary>An environment: its name, URLs and what is live on it (null before its first deployment).</summary>
internal sealed record EnvironmentDto(string Name, EnvironmentUrlsDto Urls, int? LiveBuildId, int? LiveDeploymentId, DateTimeOffset CreatedAt)
{
    public static EnvironmentDto From(DeploymentEnvironment environment, EnvironmentUrls urls) => new(
        environment.Name,
        urls.For(environment.Service, environment.Name),
        environment.LiveBuildId,
        environment.LiveDeploymentId,
        environment.CreatedAt);
}
