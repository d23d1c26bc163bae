using ScriptHost.Storage.Functions;

namespace ScriptHost.Storage.Builds;

/// <summary>
/// A function as a build completes it: its source, settings and compiled image. <see cref="Image"/> may be empty when
/// the image is already stored under <see cref="ImageKey"/> (reused, or put beforehand with
/// <see cref="Blobs.IBlobStore.PutImageAsync"/> to keep the completing transaction short); otherwise the store keeps it
/// in the same transaction that completes the build. <see cref="Version"/> says which stored version of the path it is.
/// </summary>
public sealed record CompiledBuildFunction(
    string Path,
    string Source,
    FunctionVisibility Visibility,
    FunctionLimits Limits,
    string ImageKey,
    ReadOnlyMemory<byte> Image,
    bool Reused)
{
    public FunctionVersionChoice Version { get; init; } = FunctionVersionChoice.SameSourceOrNext;
}
