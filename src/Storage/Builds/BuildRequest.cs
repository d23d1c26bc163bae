namespace ScriptHost.Storage.Builds;

/// <summary>
/// What a new build starts with, before anything is compiled: its assets (whose blobs must already be stored, see
/// <see cref="Blobs.IBlobStore.PutAssetBlobAsync"/>) and its shared code. Its functions arrive with
/// <see cref="IBuildStore.CompleteAsync"/>.
/// </summary>
public sealed record BuildRequest(
    string Service,
    BuildOrigin Origin,
    IReadOnlyList<BuildAssetReference> Assets,
    IReadOnlyList<BuildLibSource> Lib,
    int? BaseBuildId = null);
