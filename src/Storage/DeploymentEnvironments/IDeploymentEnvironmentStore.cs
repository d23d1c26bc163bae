namespace ScriptHost.Storage.DeploymentEnvironments;

/// <summary>
/// A service's environments. <c>production</c> exists for every service (created with it, and for older services when
/// the database is opened) and cannot be deleted. Variables of an environment are in
/// <see cref="EnvironmentVariables.IEnvironmentStore"/>, its deployments in <see cref="Deployments.IDeploymentStore"/>.
/// </summary>
public interface IDeploymentEnvironmentStore
{
    /// <summary>
    /// Creates an environment with nothing deployed. Throws <see cref="Errors.StorageNotFoundException"/> if the service
    /// does not exist, <see cref="Errors.StorageConflictException"/> if the environment exists, and
    /// <see cref="Errors.HostLabelTakenException"/> if its host label is another service's or environment's.
    /// </summary>
    Task<DeploymentEnvironment> CreateEnvironmentAsync(string service, string name, CancellationToken cancellationToken);

    /// <summary>The environment, or <c>null</c>.</summary>
    Task<DeploymentEnvironment?> GetEnvironmentAsync(string service, string name, CancellationToken cancellationToken);

    /// <summary>The service's environments, ordered by name.</summary>
    Task<IReadOnlyList<DeploymentEnvironment>> ListEnvironmentsAsync(string service, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes an environment with its variables and its deployment history (never builds), in one transaction;
    /// <c>false</c> if it did not exist. Throws <see cref="Errors.StorageConflictException"/> for <c>production</c>.
    /// </summary>
    Task<bool> DeleteEnvironmentAsync(string service, string name, CancellationToken cancellationToken);

    /// <summary>The environment served under <paramref name="label"/> (<see cref="Validation.HostLabel"/>), or <c>null</c>.</summary>
    Task<HostLabelOwner?> FindHostLabelOwnerAsync(string label, CancellationToken cancellationToken);
}
