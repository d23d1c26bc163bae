namespace ScriptHost.Storage.Deployments;

/// <summary>
/// One entry of an environment's history: build <see cref="BuildId"/> went live on <see cref="Environment"/>.
/// Numbered per service. <see cref="FromEnvironment"/> names the environment a promotion copied the build from.
/// </summary>
public sealed record Deployment(
    string Service,
    string Environment,
    int Id,
    int BuildId,
    DateTimeOffset CreatedAt,
    string? FromEnvironment = null);
