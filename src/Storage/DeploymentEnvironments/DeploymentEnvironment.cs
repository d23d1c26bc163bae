namespace ScriptHost.Storage.DeploymentEnvironments;

/// <summary>
/// A place a service's builds are deployed to (<c>dev</c>, <c>stage</c>, <c>production</c>), with its own variables and
/// URL. <see cref="LiveDeploymentId"/> and <see cref="LiveBuildId"/> are <c>null</c> until the first deployment.
/// </summary>
public sealed record DeploymentEnvironment(
    string Service,
    string Name,
    DateTimeOffset CreatedAt,
    int? LiveDeploymentId,
    int? LiveBuildId)
{
    /// <summary>The DNS label the environment is served under (<see cref="Validation.HostLabel"/>).</summary>
    public string HostLabel => Validation.HostLabel.Of(Service, Name);
}
