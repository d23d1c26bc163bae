namespace ScriptHost.Storage.Builds;

/// <summary>
/// What a new build starts with, before anything is compiled: its functions by the hashes of their sources (the
/// sources, versions and images arrive with <see cref="IBuildStore.CompleteAsync"/>), its assets (whose blobs must
/// already be stored, see <see cref="Blobs.IBlobStore.PutAssetBlobAsync"/>) and its shared code.
/// </summary>
public sealed record BuildRequest(
    string Service,
    BuildOrigin Origin,
    IReadOnlyList<BuildFunctionReference> Functions,
    IReadOnlyList<BuildAssetReference> Assets,
    IReadOnlyList<BuildLibSource> Lib,
    int? BaseBuildId = null);
