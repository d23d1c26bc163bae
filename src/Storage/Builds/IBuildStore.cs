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
    /// Stores a queued build with its functions (by source hash), assets and shared code, and returns it with its
    /// number. Throws <see cref="Errors.StorageNotFoundException"/> if the service, the base build, or an asset's blob
    /// does not exist.
    /// </summary>
    Task<BuildRecord> CreateQueuedAsync(BuildRequest request, CancellationToken cancellationToken);

    /// <summary>Moves a queued build to building.</summary>
    Task<BuildRecord> MarkBuildingAsync(string service, int id, CancellationToken cancellationToken);

    /// <summary>
    /// Completes a queued or building build with its functions and the warnings its compiles reported, in one
    /// transaction: the function versions each function's <see cref="CompiledBuildFunction.Version"/> asks for (new ones
    /// numbered after every version the path has), images not yet stored, the diagnostics, then the status.
    /// <paramref name="functions"/> must be exactly those the build was queued with (same paths, visibilities, limits,
    /// and sources of the same hashes), else <see cref="Errors.StorageValidationException"/> (<c>functions</c>);
    /// <paramref name="diagnostics"/> at most <see cref="BuildLimits.MaxDiagnostics"/>, and no error among them: a build
    /// with an error fails. Throws <see cref="Errors.StorageNotFoundException"/> for an
    /// <see cref="FunctionVersionChoice.Existing"/> version that is not stored, <see cref="Errors.StorageValidationException"/>
    /// when its source is not the function's.
    /// </summary>
    Task<BuildRecord> CompleteAsync(
        string service, int id, IReadOnlyList<CompiledBuildFunction> functions, IReadOnlyList<BuildDiagnostic> diagnostics, CancellationToken cancellationToken);

    /// <summary>
    /// Fails a queued or building build, keeping its diagnostics (at most <see cref="BuildLimits.MaxDiagnostics"/>), which
    /// of its functions compiled, and an optional reason for a failure that is not about the code.
    /// <paramref name="compiledPaths"/> null: the build failed before it compiled (each function's
    /// <see cref="RequestedBuildFunction.Compiled"/> stays unknown); otherwise the paths that compiled, the others did
    /// not. A path the build was not queued with throws <see cref="Errors.StorageValidationException"/> (<c>compiledPaths</c>).
    /// </summary>
    Task<BuildRecord> FailAsync(
        string service,
        int id,
        IReadOnlyList<BuildDiagnostic> diagnostics,
        IReadOnlyCollection<string>? compiledPaths,
        string? reason,
        CancellationToken cancellationToken);

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
