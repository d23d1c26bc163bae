using ScriptHost.Storage.Functions;

namespace ScriptHost.Storage.Builds;

/// <summary>
/// A function of a completed build. <see cref="FunctionVersion"/> is the number of the function's version row
/// (<see cref="IFunctionStore.GetVersionAsync"/>) holding its source: a build whose source for the path is new adds the
/// next version, one whose source some version already has reuses that version's number. <see cref="ImageKey"/> names
/// the compiled image in <see cref="Blobs.IBlobStore"/>; <see cref="Reused"/> says the build compiled nothing for it.
/// </summary>
public sealed record BuildFunction(
    string Path,
    FunctionVisibility Visibility,
    FunctionLimits Limits,
    int FunctionVersion,
    string SourceSha256,
    string ImageKey,
    bool Reused);
