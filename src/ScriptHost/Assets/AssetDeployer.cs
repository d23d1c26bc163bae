using AssetDto = ScriptHost.Api.Contracts.Assets.AssetDto;
using ScriptHost.Deployments;
using ScriptHost.Serving;
using ScriptHost.Storage;
using ScriptHost.Storage.Assets;
using ScriptHost.Storage.Builds;
using static ScriptHost.Deployments.EnvironmentChange;

namespace ScriptHost.Assets;

/// <summary>
/// Uploads and deletes single assets on one environment (the simple path; production unless the route names another):
/// the content is stored as a blob, then a build derived from the environment's live build with this one change is
/// deployed to it (<see cref="EnvironmentChanges"/>).
/// The blob and the build are all that is stored: listings read the live build, and its assets are served from the blobs.
/// </summary>
internal sealed class AssetDeployer(IScriptHostStore store, EnvironmentChanges changes)
{
    public async Task<AssetDto> PutAsync(
        ServiceState service, EnvironmentState environment, string path, ReadOnlyMemory<byte> content, string contentType, AssetVisibility visibility, CancellationToken cancellationToken)
    {
        var blob = await store.Blobs.PutAssetBlobAsync(service.Name, content, cancellationToken);
        await service.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            var (build, deployment) = await changes.ApplyAsync(
                service, environment, BuildOrigin.AssetPut, new PutAsset(new BuildAssetReference(path, visibility, contentType, blob.Sha256)), CancellationToken.None);
            return AssetDto.From(environment.Live.Assets[path]) with { BuildId = build.Id, DeploymentId = deployment.Id };
        }
        finally
        {
            service.ManagementLock.Release();
        }
    }

    /// <summary>False when <paramref name="environment"/> serves no asset at <paramref name="path"/>.</summary>
    public async Task<bool> DeleteAsync(ServiceState service, EnvironmentState environment, string path, CancellationToken cancellationToken)
    {
        await service.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            if (!environment.Live.Assets.ContainsKey(path))
            {
                return false;
            }

            await changes.ApplyAsync(service, environment, BuildOrigin.AssetDelete, new RemoveAsset(path), CancellationToken.None);
            return true;
        }
        finally
        {
            service.ManagementLock.Release();
        }
    }
}
