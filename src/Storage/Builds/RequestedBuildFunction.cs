using ScriptHost.Storage.Functions;

namespace ScriptHost.Storage.Builds;

/// <summary>
/// A function a build was queued with (<see cref="BuildFunctionReference"/>), and whether it compiled:
/// <c>true</c> in a completed build; in a failed one, <c>true</c> or <c>false</c> when the build got as far as
/// compiling (an image the service already had counts as compiled); <c>null</c> while the build is queued or building,
/// or when it failed before its functions compiled (interrupted, or refused by a full queue).
/// </summary>
public sealed record RequestedBuildFunction(string Path, FunctionVisibility Visibility, FunctionLimits Limits, string SourceSha256, bool? Compiled);
