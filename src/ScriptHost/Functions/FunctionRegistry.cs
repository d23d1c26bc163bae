using System.Collections.Concurrent;
using System.Security.Cryptography;
using ScriptHost.Storage.Services;

namespace ScriptHost.Functions;

/// <summary>
/// The in-memory table of services and their live functions. The request path resolves functions here and never
/// from storage; management calls update storage first and this table second.
/// </summary>
internal sealed class FunctionRegistry
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
}
