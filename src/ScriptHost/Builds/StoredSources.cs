using ScriptHost.Storage;

namespace ScriptHost.Builds;

/// <summary>
/// Finds the source a bundle names by SHA-256 instead of sending it, so a client deploying a folder sends only what
/// changed: a function's source among the stored versions of its own path, a shared-code file's among the shared code
/// of the builds the service's environments serve now (what a client compares its folder with). Reads lazily and at
/// most once per bundle.
/// </summary>
internal sealed class StoredSources(string service, IScriptHostStore store)
{
    private Dictionary<string, string>? _liveLibSources;

    /// <summary>The source of the newest version of <paramref name="path"/> whose SHA-256 is <paramref name="sha256"/>, or null.</summary>
    public async Task<string?> FunctionSourceAsync(string path, string sha256, CancellationToken cancellationToken)
    {
        var versions = await store.Functions.ListVersionsAsync(service, path, cancellationToken);
        var match = versions.LastOrDefault(version => version.SourceSha256 == sha256);
        return match is null ? null : (await store.Functions.GetVersionAsync(service, path, match.Number, cancellationToken))?.Source;
    }

    /// <summary>The source of a shared-code file with SHA-256 <paramref name="sha256"/> in a build one of the service's environments serves, or null.</summary>
    public async Task<string?> LibSourceAsync(string sha256, CancellationToken cancellationToken)
    {
        if (_liveLibSources is null)
        {
            _liveLibSources = new(StringComparer.Ordinal);
            foreach (var environment in await store.DeploymentEnvironments.ListEnvironmentsAsync(service, cancellationToken))
            {
                var live = await store.Deployments.GetLiveAsync(service, environment.Name, cancellationToken);
                foreach (var file in live?.Build.Lib ?? [])
                {
                    _liveLibSources.TryAdd(file.Sha256, file.Source);
                }
            }
        }

        return _liveLibSources.GetValueOrDefault(sha256);
    }
}
