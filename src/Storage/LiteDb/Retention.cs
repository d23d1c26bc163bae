using LiteDB;
using ScriptHost.Storage.Logs;

namespace ScriptHost.Storage.LiteDb;

/// <summary>Trims a time-stamped, per-service collection (logs, invocations) to a <see cref="RetentionPolicy"/>.</summary>
internal static class Retention
{
    public static int Apply(LiteDbContext context, string collectionName, RetentionPolicy policy)
    {
        if (policy.MaxAge is { } age && age < TimeSpan.Zero)
        {
            throw new Errors.StorageValidationException("policy", "The retention age must not be negative.");
        }

        if (policy.MaxEntriesPerService is < 0)
        {
            throw new Errors.StorageValidationException("policy", "The per-service retention count must not be negative.");
        }

        return context.Write(database =>
        {
            var collection = database.GetCollection(collectionName, BsonAutoId.Int64);
            var deleted = 0;
            if (policy.MaxAge is { } maxAge)
            {
                var cutoff = context.Now - maxAge;
                deleted += collection.DeleteMany(Query.LT("timestamp", cutoff.UtcTicks));
            }

            if (policy.MaxEntriesPerService is { } maxEntries)
            {
                var services = collection.Query().Select("{ service: $.service }").ToEnumerable()
                    .Select(document => document["service"].AsString)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                foreach (var service in services)
                {
                    var excess = collection.Query()
                        .Where(Query.EQ("service", service))
                        .OrderByDescending("$.timestamp")
                        .Select("{ id: $._id }")
                        .Offset(maxEntries)
                        .ToEnumerable()
                        .Select(document => document["id"])
                        .ToList();
                    foreach (var id in excess)
                    {
                        deleted += collection.Delete(id) ? 1 : 0;
                    }
                }
            }

            return deleted;
        });
    }
}
