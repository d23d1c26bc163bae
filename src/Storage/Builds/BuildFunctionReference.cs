using ScriptHost.Storage.Functions;

namespace ScriptHost.Storage.Builds;

/// <summary>
/// A function of a new build, by the SHA-256 of its source (<see cref="Validation.ContentHash.OfText"/>): stored when the
/// build is queued, so a build that fails still says what it held. <see cref="IBuildStore.CompleteAsync"/> completes
/// exactly these functions, with sources of these hashes.
/// </summary>
public sealed record BuildFunctionReference(string Path, FunctionVisibility Visibility, FunctionLimits Limits, string SourceSha256);
