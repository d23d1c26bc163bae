namespace ScriptHost.Storage.Deployments;

/// <summary>
/// Deployments: each appends to an environment's history and makes the build live there, in one transaction, so an
/// environment switches from one whole build to another. Deployment numbers come from a per-service sequence.
/// </summary>
public interface IDeploymentStore
{
    /// <summary>
    /// Makes a completed build live on an environment. Throws <see cref="Errors.StorageNotFoundException"/> for an
    /// unknown service, environment or build, and <see cref="Errors.BuildStatusConflictException"/> for a build that is
    /// not completed.
    /// </summary>
    Task<Deployment> DeployAsync(string service, string environment, int buildId, CancellationToken cancellationToken);

    /// <summary>
    /// Deploys the build live on <paramref name="fromEnvironment"/> to <paramref name="environment"/> (promotion), reading
    /// it in the same transaction. Throws <see cref="Errors.StorageNotFoundException"/> for an unknown service or
    /// environment, and <see cref="Errors.StorageConflictException"/> when <paramref name="fromEnvironment"/> has nothing live.
    /// </summary>
    Task<Deployment> PromoteAsync(string service, string environment, string fromEnvironment, CancellationToken cancellationToken);

    /// <summary>The deployment, or <c>null</c>.</summary>
    Task<Deployment?> GetDeploymentAsync(string service, int id, CancellationToken cancellationToken);

    /// <summary>
    /// The environment's history, newest first: at most <paramref name="limit"/>, numbered below <paramref name="beforeId"/>
    /// when given. Empty for an unknown environment.
    /// </summary>
    Task<IReadOnlyList<Deployment>> ListDeploymentsAsync(string service, string environment, int limit, int? beforeId, CancellationToken cancellationToken);

    /// <summary>What the environment serves, or <c>null</c> if it does not exist or has nothing deployed.</summary>
    Task<LiveEnvironment?> GetLiveAsync(string service, string environment, CancellationToken cancellationToken);

    /// <summary>Every environment with a live deployment, of every service, read in one snapshot: the serving table at start-up.</summary>
    Task<IReadOnlyList<LiveEnvironment>> LoadLiveAsync(CancellationToken cancellationToken);
}
