using ScriptHost.Deployments;
using ScriptHost.Serving;
using ScriptHost.Storage;
using ScriptHost.Storage.Assets;
using ScriptHost.Storage.Builds;
using static ScriptHost.Deployments.ProductionChange;

namespace ScriptHost.Assets;

/// <summary>
/// Uploads and deletes single assets on production (the simple path): the content is stored as a blob, then a build
/// derived from production's live build with this one change is deployed to production (<see cref="ProductionChanges"/>).
/// The asset listing keeps its own record of each upload.
/// </summary>
internal sealed class AssetDeployer(IScriptHostStore store, ProductionChanges changes)
{
    public async Task<AssetDto> PutAsync(
        ServiceState service, string path, ReadOnlyMemory<byte> content, string contentType, AssetVisibility visibility, CancellationToken cancellationToken)
    {
        var blob = await store.Blobs.PutAssetBlobAsync(service.Name, content, cancellationToken);
        await service.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            var info = await store.Assets.PutAssetAsync(service.Name, path, content, contentType, visibility, cancellationToken);
            var (build, deployment) = await changes.ApplyAsync(
                service, BuildOrigin.AssetPut, new PutAsset(new BuildAssetReference(path, visibility, contentType, blob.Sha256)), CancellationToken.None);
            return AssetDto.From(info) with { BuildId = build.Id, DeploymentId = deployment.Id };
        }
        finally
        {
            service.ManagementLock.Release();
        }
    }

    /// <summary>False when there was no such asset.</summary>
    public async Task<bool> DeleteAsync(ServiceState service, string path, CancellationToken cancellationToken)
    {
        await service.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            var deleted = await store.Assets.DeleteAssetAsync(service.Name, path, cancellationToken);
            var live = service.Production.Live.Assets.ContainsKey(path);
            if (live)
            {
                await changes.ApplyAsync(service, BuildOrigin.AssetDelete, new RemoveAsset(path), CancellationToken.None);
            }

            return deleted || live;
        }
        finally
        {
            service.ManagementLock.Release();
        }
    }
}
