namespace ScriptHost.Api.Contracts.Environments;

/// <summary>Creates an environment: its name (EnvironmentName).</summary>
public sealed record CreateEnvironmentRequest(string? Name);

/// <summary>Where an environment's functions answer: the path form, and the host form (null unless a host suffix is configured and the label fits in DNS).</summary>
public sealed record EnvironmentUrlsDto(string Path, string? Host);

/// <summary>An environment: its name, URLs and what is live on it (null before its first deployment).</summary>
public sealed record EnvironmentDto(string Name, EnvironmentUrlsDto Urls, int? LiveBuildId, int? LiveDeploymentId, DateTimeOffset CreatedAt);
