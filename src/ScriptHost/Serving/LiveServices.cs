using System.Collections.Concurrent;
using System.Security.Cryptography;
using ScriptHost.Sandbox.Caching;
using ScriptHost.Storage.Services;
using EnvironmentName = ScriptHost.Storage.Validation.EnvironmentName;
using HostLabel = ScriptHost.Storage.Validation.HostLabel;

namespace ScriptHost.Serving;

/// <summary>
/// The in-memory table of services and their live functions. The request path resolves functions here and never
/// from storage; management calls update storage first and this table second.
/// </summary>
internal sealed class LiveServices(CompiledFunctionCache cache, IRemoteLoads remoteLoads)
{
    private readonly ConcurrentDictionary<string, ServiceState> _services = new(StringComparer.Ordinal);

    public IEnumerable<ServiceState> Services => _services.Values;

    public bool TryGetService(string name, out ServiceState service) => _services.TryGetValue(name, out service!);

    public ServiceState AddService(string name, byte[] apiKeyHash, ServiceSettings settings) =>
        _services[name] = new ServiceState(name, apiKeyHash, settings);

    /// <summary>
    /// The service and environment served under host label <paramref name="label"/> (<see cref="HostLabel"/>): the whole
    /// label naming a service means its production; otherwise each '-' splits it into a service and one of its other
    /// environments. The store refuses labels that two pairs would share, so at most one split matches.
    /// </summary>
    public bool TryResolveHostLabel(string label, out ServiceAddress address)
    {
        if (_services.ContainsKey(label))
        {
            address = new ServiceAddress(label, EnvironmentName.Production);
            return true;
        }

        for (var dash = label.IndexOf('-', StringComparison.Ordinal); dash > 0; dash = label.IndexOf('-', dash + 1))
        {
            var environment = label[(dash + 1)..];
            if (environment != EnvironmentName.Production
                && _services.TryGetValue(label[..dash], out var service)
                && service.Environments.ContainsKey(environment))
            {
                address = new ServiceAddress(service.Name, environment);
                return true;
            }
        }

        address = default;
        return false;
    }

    /// <summary>Forgets a service; returns what it held (its live functions still to retire), if it was known.</summary>
    public ServiceState? RemoveService(string name) => _services.TryRemove(name, out var removed) ? removed : null;

    /// <summary>
    /// The service whose key, or whose rotated-out key still valid at <paramref name="now"/>, hashes to
    /// <paramref name="keyHash"/>; compared in constant time.
    /// </summary>
    public ServiceState? FindByKeyHash(ReadOnlySpan<byte> keyHash, DateTimeOffset now)
    {
        ServiceState? found = null;
        foreach (var service in _services.Values)
        {
            // Every service is compared, match or not, so timing says nothing about which key matched.
            var previous = service.PreviousApiKeyHash;
            if (CryptographicOperations.FixedTimeEquals(service.ApiKeyHash, keyHash)
                | (previous is not null && previous.Accepts(keyHash, now)))
            {
                found = service;
            }
        }

        return found;
    }

    /// <summary>
    /// Makes <paramref name="next"/> what <paramref name="environment"/> serves, in one swap, then retires every load the
    /// build it replaced had and <paramref name="next"/> does not. Requests that captured the old build finish on it:
    /// a retired load they still hold keeps running (a collectible context unloads only once nothing runs in it), and
    /// one they load after the retirement is discarded after their call (<see cref="DeployedFunction.LoadFrom"/>).
    /// Callers hold the service's management lock (or, at start-up, are alone).
    /// </summary>
    public void Switch(EnvironmentState environment, LiveBuild next)
    {
        var replaced = environment.Switch(next);
        RetireMissing(replaced, next);
    }

    /// <summary>Stops serving <paramref name="environment"/> of <paramref name="service"/> (it was deleted), retiring its loads.</summary>
    public void RemoveEnvironment(ServiceState service, string environment)
    {
        if (service.Environments.TryRemove(environment, out var removed))
        {
            RetireMissing(removed.Switch(LiveBuild.Empty), LiveBuild.Empty);
        }
    }

    /// <summary>Stops serving every environment of <paramref name="service"/> (it was deleted), retiring each load.</summary>
    public async Task RetireAllAsync(ServiceState service, CancellationToken cancellationToken)
    {
        // Under the lock, so a deploy that was under way when the service was deleted is retired too.
        await service.ManagementLock.WaitAsync(cancellationToken);
        try
        {
            foreach (var environment in service.Environments.Values)
            {
                RetireMissing(environment.Switch(LiveBuild.Empty), LiveBuild.Empty);
            }
        }
        finally
        {
            service.ManagementLock.Release();
        }
    }

    private void RetireMissing(LiveBuild replaced, LiveBuild next)
    {
        var kept = next.Functions.Values.Select(function => function.LoadOwner).ToHashSet(StringComparer.Ordinal);
        foreach (var function in replaced.Functions.Values)
        {
            if (!kept.Contains(function.LoadOwner))
            {
                function.Retire(cache, remoteLoads);
            }
        }
    }
}
