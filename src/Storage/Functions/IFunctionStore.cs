namespace ScriptHost.Storage.Functions;

/// <summary>
/// Functions and their immutable, numbered versions (1, 2, 3 …). The server loads every active version
/// once with <see cref="LoadActiveFunctionsAsync"/> and serves from memory; storage is not on the request path.
/// </summary>
public interface IFunctionStore
{
    /// <summary>
    /// Adds the next version and makes it active, in one transaction; also sets visibility and limits.
    /// Throws <see cref="Errors.StorageNotFoundException"/> if the service does not exist.
    /// </summary>
    Task<DeployResult> DeployAsync(FunctionDeployment deployment, CancellationToken cancellationToken);

    /// <summary>The service's functions, ordered by path.</summary>
    Task<IReadOnlyList<FunctionRecord>> ListFunctionsAsync(string service, CancellationToken cancellationToken);

    /// <summary>The function and its versions, or <c>null</c>.</summary>
    Task<FunctionDetails?> GetFunctionAsync(string service, string path, CancellationToken cancellationToken);

    /// <summary>One version with source and image, or <c>null</c>.</summary>
    Task<FunctionVersion?> GetVersionAsync(string service, string path, int version, CancellationToken cancellationToken);

    /// <summary>Makes an existing version active (rollback or roll forward); <c>null</c> if the function or version does not exist.</summary>
    Task<FunctionRecord?> ActivateVersionAsync(string service, string path, int version, CancellationToken cancellationToken);

    /// <summary>Changes visibility and limits without deploying; <c>null</c> if the function does not exist.</summary>
    Task<FunctionRecord?> UpdateSettingsAsync(string service, string path, FunctionVisibility visibility, FunctionLimits limits, CancellationToken cancellationToken);

    /// <summary>Replaces a version's build (e.g. after a compiler upgrade changed the build key); <c>false</c> if the version does not exist.</summary>
    Task<bool> UpdateBuildAsync(string service, string path, int version, string buildKey, ReadOnlyMemory<byte> assemblyImage, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the function and its versions, except those a build names (builds never change; a later deploy of the
    /// path numbers after them); <c>false</c> if it did not exist.
    /// </summary>
    Task<bool> DeleteFunctionAsync(string service, string path, CancellationToken cancellationToken);

    /// <summary>Every service's functions with their active version, for the in-memory function table at start-up.</summary>
    Task<IReadOnlyList<ActiveFunction>> LoadActiveFunctionsAsync(CancellationToken cancellationToken);
}
