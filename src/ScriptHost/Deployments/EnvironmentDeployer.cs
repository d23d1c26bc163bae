using ScriptHost.Serving;
using ScriptHost.Storage;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Deployments;
using ScriptHost.Storage.Errors;

namespace ScriptHost.Deployments;

/// <summary>
/// Makes a whole build live on an environment: storage first (the deployment and the environment's live pointer in one
/// transaction), then one snapshot swap in memory, so requests see either the old build or the new one, never a mix.
/// </summary>
internal sealed class EnvironmentDeployer(IScriptHostStore store, LiveServices live, LiveBuildLoader loader)
{
    /// <summary>Why a build cannot be deployed: it does not exist, it failed, or it is still being built.</summary>
    public sealed record Refused(int Status, string Detail, BuildStatus? BuildStatus = null);

    public async Task<object> DeployBuildAsync(ServiceState service, EnvironmentState environment, int buildId, CancellationToken cancellationToken)
    {
        await service.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            var build = await store.Builds.GetBuildAsync(service.Name, buildId, cancellationToken);
            if (build is null)
            {
                return new Refused(StatusCodes.Status404NotFound, $"Service '{service.Name}' has no build {buildId}.");
            }

            if (build.Status != BuildStatus.Completed)
            {
                return new Refused(
                    StatusCodes.Status409Conflict,
                    build.Status == BuildStatus.Failed
                        ? $"Build {buildId} failed; only a completed build can be deployed."
                        : $"Build {buildId} is still {build.Status.ToString().ToLowerInvariant()}; deploy it once it has completed.",
                    build.Status);
            }

            var deployment = await store.Deployments.DeployAsync(service.Name, environment.Name, buildId, cancellationToken);
            await SwitchAsync(service, environment, deployment, build);
            return deployment;
        }
        catch (BuildStatusConflictException exception)
        {
            return new Refused(StatusCodes.Status409Conflict, exception.Message);
        }
        finally
        {
            service.ManagementLock.Release();
        }
    }

    public async Task<object> PromoteAsync(ServiceState service, EnvironmentState environment, string fromEnvironment, CancellationToken cancellationToken)
    {
        await service.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            var deployment = await store.Deployments.PromoteAsync(service.Name, environment.Name, fromEnvironment, cancellationToken);
            var build = await store.Builds.GetBuildAsync(service.Name, deployment.BuildId, CancellationToken.None)
                ?? throw new InvalidOperationException($"Build {deployment.BuildId} of a deployment is not stored.");
            await SwitchAsync(service, environment, deployment, build);
            return deployment;
        }
        catch (StorageNotFoundException exception)
        {
            return new Refused(StatusCodes.Status404NotFound, exception.Message);
        }
        catch (StorageConflictException)
        {
            return new Refused(StatusCodes.Status409Conflict, $"Environment '{fromEnvironment}' has nothing live to promote.");
        }
        finally
        {
            service.ManagementLock.Release();
        }
    }

    // Stored already: the swap happens whatever the caller does now.
    private async Task SwitchAsync(ServiceState service, EnvironmentState environment, Deployment deployment, BuildRecord build) =>
        live.Switch(environment, await loader.LoadAsync(environment, service.Name, deployment.Id, build, compiled: null, CancellationToken.None));
}
