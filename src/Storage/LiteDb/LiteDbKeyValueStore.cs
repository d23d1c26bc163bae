using System.Text;
using LiteDB;
using ScriptHost.Storage.Errors;
using ScriptHost.Storage.KeyValue;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// Key-value entries with a per-service running total (entries, bytes) kept in the same transaction as each
/// write, so a quota check costs one lookup instead of a scan of the service's entries.
/// </summary>
internal sealed class LiteDbKeyValueStore(LiteDbContext context) : IKeyValueStore
{
    public Task<string?> GetAsync(string service, string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.KeyValueKey(key, context.Options.MaxKeyValueKeyBytes);

        var document = context.Database.GetCollection(LiteDbCollections.KeyValue).FindById(LiteDbCollections.Key(service, key));
        return Task.FromResult(document?["value"].AsString);
    }

    public Task SetAsync(string service, string key, string value, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.KeyValueKey(key, context.Options.MaxKeyValueKeyBytes);
        Guard.NotNull(value, nameof(value));
        Guard.WellFormedText(value, nameof(value));

        var valueBytes = Encoding.UTF8.GetByteCount(value);
        if (valueBytes > context.Options.MaxKeyValueBytes)
        {
            throw new ValueTooLargeException(valueBytes, context.Options.MaxKeyValueBytes,
                $"The value is {valueBytes} bytes; a key-value entry holds at most {context.Options.MaxKeyValueBytes}.");
        }

        var entryBytes = (long)valueBytes + Encoding.UTF8.GetByteCount(key);
        context.Write(database =>
        {
            LiteDbServiceStore.RequireExisting(database, service);
            var entries = database.GetCollection(LiteDbCollections.KeyValue);
            var id = LiteDbCollections.Key(service, key);
            var existing = entries.FindById(id);
            var totals = ReadTotals(database, service);

            var newCount = totals.Entries + (existing is null ? 1 : 0);
            var newBytes = totals.TotalBytes - (existing?["bytes"].AsInt64 ?? 0) + entryBytes;
            var quota = LiteDbServiceStore.QuotaOf(database, service, context.Options.DefaultKeyValueQuota);
            if (existing is null && newCount > quota.MaxEntries)
            {
                throw new QuotaExceededException(service, $"Service '{service}' already stores {totals.Entries} key-value entries, its quota.");
            }

            // Shrinking an entry is always allowed, even over quota (e.g. after the quota was lowered).
            if (newBytes > quota.MaxTotalBytes && newBytes > totals.TotalBytes)
            {
                throw new QuotaExceededException(service, $"Service '{service}' would store {newBytes} key-value bytes, over its quota of {quota.MaxTotalBytes}.");
            }

            entries.Upsert(new BsonDocument
            {
                ["_id"] = id,
                ["service"] = service,
                ["key"] = key,
                ["value"] = value,
                ["bytes"] = entryBytes,
                ["updatedAt"] = BsonConvert.FromTime(context.Now),
            });
            WriteTotals(database, service, new KeyValueUsage(newCount, newBytes));
        });
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string service, string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.KeyValueKey(key, context.Options.MaxKeyValueKeyBytes);

        var deleted = context.Write(database =>
        {
            var entries = database.GetCollection(LiteDbCollections.KeyValue);
            var id = LiteDbCollections.Key(service, key);
            var existing = entries.FindById(id);
            if (existing is null)
            {
                return false;
            }

            entries.Delete(id);
            var totals = ReadTotals(database, service);
            WriteTotals(database, service, new KeyValueUsage(totals.Entries - 1, totals.TotalBytes - existing["bytes"].AsInt64));
            return true;
        });
        return Task.FromResult(deleted);
    }

    public Task<IReadOnlyList<string>> ListKeysAsync(string service, string prefix, int limit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.NotNull(prefix, nameof(prefix));
        Guard.WellFormedText(prefix, nameof(prefix));
        Guard.Limit(limit);

        // The primary key starts with "service|", so a prefix of it is a range scan of the _id index.
        IReadOnlyList<string> keys = context.Database.GetCollection(LiteDbCollections.KeyValue)
            .Query()
            .Where(Query.StartsWith("_id", LiteDbCollections.Key(service, prefix)))
            .Select("{ key: $.key }")
            .ToEnumerable()
            .Select(document => document["key"].AsString)
            .Where(key => key.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Take(limit)
            .ToList();
        return Task.FromResult(keys);
    }

    public Task<KeyValueUsage> GetUsageAsync(string service, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        return Task.FromResult(ReadTotals(context.Database, service));
    }

    private static KeyValueUsage ReadTotals(LiteDatabase database, string service)
    {
        var document = database.GetCollection(LiteDbCollections.KeyValueTotals).FindById(service);
        return document is null ? new KeyValueUsage(0, 0) : new KeyValueUsage(document["entries"].AsInt32, document["bytes"].AsInt64);
    }

    private static void WriteTotals(LiteDatabase database, string service, KeyValueUsage totals) =>
        database.GetCollection(LiteDbCollections.KeyValueTotals).Upsert(new BsonDocument
        {
            ["_id"] = service,
            ["entries"] = totals.Entries,
            ["bytes"] = totals.TotalBytes,
        });
}
