namespace ScriptHost.Storage.Functions;

/// <summary>
/// The history of every function path: its immutable versions, numbered 1, 2, 3 … per path. Builds add them
/// (<see cref="Builds.IBuildStore.CompleteAsync"/>) and name them; none is removed while its service exists, so a number
/// is never handed out twice and every build stays whole. What is live is the deployments' business
/// (<see cref="Deployments.IDeploymentStore"/>), not this store's.
/// </summary>
public interface IFunctionStore
{
    /// <summary>One version with its source, or <c>null</c>.</summary>
    Task<FunctionVersion?> GetVersionAsync(string service, string path, int version, CancellationToken cancellationToken);

    /// <summary>The versions of <paramref name="path"/>, oldest first, without sources or images; empty when it has none.</summary>
    Task<IReadOnlyList<FunctionVersionInfo>> ListVersionsAsync(string service, string path, CancellationToken cancellationToken);
}
