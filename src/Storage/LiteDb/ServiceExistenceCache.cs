using LiteDB;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// Answers "does this service still exist?" once per service per journal batch, so items queued just
/// before a service was deleted do not bring back logs or usage for it.
/// </summary>
internal sealed class ServiceExistenceCache(LiteDatabase database)
{
    private readonly Dictionary<string, bool> _known = new(StringComparer.Ordinal);

    public bool Contains(string service)
    {
        if (!_known.TryGetValue(service, out var exists))
        {
            exists = Validation.ServiceName.IsValid(service) && LiteDbServiceStore.Exists(database, service);
            _known[service] = exists;
        }

        return exists;
    }
}
