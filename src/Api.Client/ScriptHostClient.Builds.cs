using ScriptHost.Api.Contracts.Builds;

namespace ScriptHost.Api.Client;

public sealed partial class ScriptHostClient
{
    private static readonly TimeSpan BuildPollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary><c>POST .../builds</c>: queues a build of <paramref name="bundle"/> (202); <see cref="WaitForBuildAsync"/> waits for it.</summary>
    public Task<BuildDto> CreateBuildAsync(string service, BundleRequest bundle, CancellationToken cancellationToken = default) =>
        SendAsync<BuildDto>(HttpMethod.Post, $"api/services/{Segment(service)}/builds", bundle, cancellationToken);

    /// <summary><c>GET .../builds/{id}</c>.</summary>
    public Task<BuildDto> GetBuildAsync(string service, int id, CancellationToken cancellationToken = default) =>
        GetAsync<BuildDto>($"api/services/{Segment(service)}/builds/{id}", cancellationToken);

    /// <summary><c>GET .../builds?limit=&amp;before=</c>: newest first.</summary>
    public Task<IReadOnlyList<BuildSummaryDto>> ListBuildsAsync(
        string service, int? limit = null, int? before = null, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<BuildSummaryDto>>($"api/services/{Segment(service)}/builds{Query(("limit", limit), ("before", before))}", cancellationToken);

    /// <summary>
    /// The build once it has finished (completed or failed), asking every quarter of a second — the API has no push for
    /// builds; <paramref name="progress"/> hears each state seen on the way.
    /// </summary>
    public async Task<BuildDto> WaitForBuildAsync(
        string service, int id, IProgress<BuildDto>? progress = null, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var build = await GetBuildAsync(service, id, cancellationToken);
            progress?.Report(build);
            if (build.Status is BuildStatus.Completed or BuildStatus.Failed)
            {
                return build;
            }

            await Task.Delay(BuildPollInterval, cancellationToken);
        }
    }
}
