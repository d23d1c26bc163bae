using System.Collections.Concurrent;
using System.Security.Cryptography;
using ScriptHost.Sandbox.Caching;
using ScriptHost.Storage.Services;

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

    /// <summary>Forgets a service; returns what it held (its live functions still to retire), if it was known.</summary>
    public ServiceState? RemoveService(string name) => _services.TryRemove(name, out var removed) ? removed : null;

    public bool TryGetFunction(string service, string path, out DeployedFunction function)
    {
        if (_services.TryGetValue(service, out var state) && state.Functions.TryGetValue(path, out function!))
        {
            return true;
        }

        function = null!;
        return false;
    }

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
                | (previous is not null && CryptographicOperations.FixedTimeEquals(previous.Hash.Span, keyHash) && previous.IsValidAt(now)))
            {
                found = service;
            }
        }

        return found;
    }

    /// <summary>
    /// Makes <paramref name="function"/> the live version at its path and retires the one it replaces — unless that is
    /// the same version made live again, which keeps its load. Callers hold the service's management lock (or, at
    /// start-up, are alone).
    /// </summary>
    public void Publish(ServiceState service, DeployedFunction function)
    {
        var replaced = service.Functions.TryGetValue(function.Path, out var previous) ? previous : null;
        service.Functions[function.Path] = function;
        if (replaced is not null && replaced.LoadOwner != function.LoadOwner)
        {
            replaced.Retire(cache, remoteLoads);
        }
    }

    /// <summary>Stops serving <paramref name="path"/> of <paramref name="service"/> and retires what was live there.</summary>
    public void Withdraw(ServiceState service, string path)
    {
        if (service.Functions.TryRemove(path, out var removed))
        {
            removed.Retire(cache, remoteLoads);
        }
    }

    /// <summary>Stops serving every function of <paramref name="service"/> (it was deleted), retiring each.</summary>
    public void WithdrawAll(ServiceState service)
    {
        foreach (var path in service.Functions.Keys)
        {
            Withdraw(service, path);
        }
    }
}
