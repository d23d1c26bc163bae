using ScriptHost.Storage.Functions;

namespace ScriptHost.Storage.Builds;

/// <summary>
/// A function of a completed build. <see cref="FunctionVersion"/> is the number of the function's version row
/// (<see cref="IFunctionStore.GetVersionAsync"/>) holding its source, chosen as <see cref="FunctionVersionChoice"/>
/// says: a new one, or one the path already has. <see cref="ImageKey"/> names
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
