using ScriptHost.Storage.Logs;

namespace ScriptHost.Storage.LiteDb;

/// <summary>Trims a <see cref="ServiceTimeline"/> collection (logs, invocations) to a <see cref="RetentionPolicy"/>: by age across services, by count per service.</summary>
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
            var deleted = policy.MaxAge is { } maxAge ? ServiceTimeline.DeleteOlderThan(database, collectionName, context.Now - maxAge) : 0;
            if (policy.MaxEntriesPerService is { } maxEntries)
            {
                // Entries of deleted services went with them, so the live services name every key range there is.
                deleted += database.GetCollection(LiteDbCollections.Services).Query().Select("{ id: $._id }").ToEnumerable()
                    .Select(document => document["id"].AsString)
                    .ToList()
                    .Sum(service => ServiceTimeline.DeleteBeyond(database, collectionName, service, maxEntries));
            }

            return deleted;
        });
    }
}
