namespace ScriptHost.Storage.Builds;

/// <summary>
/// Builds, numbered per service from a sequence that never reuses a number. A build moves queued → building →
/// completed or failed (<see cref="BuildTransitions"/>); a write that breaks that order, or touches a finished build,
/// throws <see cref="Errors.BuildStatusConflictException"/>. An unknown service or build throws
/// <see cref="Errors.StorageNotFoundException"/> on writes; reads return <c>null</c>.
/// </summary>
public interface IBuildStore
{
    /// <summary>
    /// Stores a queued build with its assets and shared code, and returns it with its number. Throws
    /// <see cref="Errors.StorageNotFoundException"/> if the service, the base build, or an asset's blob does not exist.
    /// </summary>
    Task<BuildRecord> CreateQueuedAsync(BuildRequest request, CancellationToken cancellationToken);

    /// <summary>Moves a queued build to building.</summary>
    Task<BuildRecord> MarkBuildingAsync(string service, int id, CancellationToken cancellationToken);

    /// <summary>
    /// Completes a queued or building build with its functions, in one transaction: the function versions each
    /// function's <see cref="CompiledBuildFunction.Version"/> asks for (new ones numbered after every version the path
    /// has), images not yet stored, then the status. At most <see cref="BuildLimits.MaxFunctions"/>. Throws
    /// <see cref="Errors.StorageNotFoundException"/> for an <see cref="FunctionVersionChoice.Existing"/> version that is
    /// not stored, <see cref="Errors.StorageValidationException"/> when its source is not the function's.
    /// </summary>
    Task<BuildRecord> CompleteAsync(string service, int id, IReadOnlyList<CompiledBuildFunction> functions, CancellationToken cancellationToken);

    /// <summary>
    /// Fails a queued or building build, keeping its diagnostics (at most <see cref="BuildLimits.MaxDiagnostics"/>) and an
    /// optional reason for a failure that is not about the code.
    /// </summary>
    Task<BuildRecord> FailAsync(string service, int id, IReadOnlyList<BuildDiagnostic> diagnostics, string? reason, CancellationToken cancellationToken);

    /// <summary>The build with everything it holds, or <c>null</c>.</summary>
    Task<BuildRecord?> GetBuildAsync(string service, int id, CancellationToken cancellationToken);

    /// <summary>The service's builds, newest first: at most <paramref name="limit"/>, numbered below <paramref name="beforeId"/> when given.</summary>
    Task<IReadOnlyList<BuildSummary>> ListBuildsAsync(string service, int limit, int? beforeId, CancellationToken cancellationToken);

    /// <summary>
    /// Fails every queued or building build of every service with <paramref name="reason"/> and returns them: called at
    /// start-up, when no build can still be running, so an interrupted build ends failed rather than half done.
    /// </summary>
    Task<IReadOnlyList<BuildSummary>> FailInterruptedAsync(string reason, CancellationToken cancellationToken);
}
