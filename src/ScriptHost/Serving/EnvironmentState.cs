using System.Collections.Frozen;
using ScriptHost.Storage.EnvironmentVariables;

namespace ScriptHost.Serving;

/// <summary>
/// One environment of a service in memory: what is live on it and the variables its functions see. Each is one
/// snapshot replaced whole, so a request that captured them (<see cref="Capture"/>) sees one consistent state.
/// </summary>
internal sealed class EnvironmentState(string name)
{
    private volatile LiveBuild _live = LiveBuild.Empty;
    private volatile FrozenDictionary<string, string> _variables = FrozenDictionary<string, string>.Empty;

    public string Name { get; } = name;

    public LiveBuild Live => _live;

    /// <summary>The effective variables (service defaults overlaid by this environment's own) as of the last change.</summary>
    public FrozenDictionary<string, string> Variables => _variables;

    /// <summary>What one request runs against, read once.</summary>
    public EnvironmentSnapshot Capture(ServiceState service) => new(service, Name, _live, _variables);

    /// <summary>Makes <paramref name="next"/> live and returns what it replaced. Callers hold the service's management lock.</summary>
    public LiveBuild Switch(LiveBuild next) => Interlocked.Exchange(ref _live, next);

    public void ReplaceVariables(IEnumerable<EnvironmentVariable> effective) =>
        _variables = effective.ToFrozenDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
