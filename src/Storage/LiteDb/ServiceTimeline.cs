using LiteDB;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// What log entries and invocation records share: time-stamped documents per service and function, appended in bulk
/// for services that still exist, and read newest first with the same filters.
/// </summary>
internal static class ServiceTimeline
{
    /// <summary>Appends <paramref name="items"/> in one transaction, skipping those of services deleted meanwhile.</summary>
    public static void Append<T>(LiteDbContext context, string collection, IReadOnlyList<T> items, Func<T, string> serviceOf, Func<T, BsonDocument> toDocument)
    {
        if (items.Count == 0)
        {
            return;
        }

        context.Write(database =>
        {
            var existing = new ServiceExistenceCache(database);
            database.GetCollection(collection, BsonAutoId.Int64).InsertBulk(items
                .Where(item => existing.Contains(serviceOf(item)))
                .Select(toDocument));
        });
    }

    /// <summary>The service's documents, optionally of one function and since a time (inclusive).</summary>
    public static ILiteQueryable<BsonDocument> Matching(LiteDbContext context, string collection, string service, string? functionPath, DateTimeOffset? since)
    {
        var documents = context.Database.GetCollection(collection, BsonAutoId.Int64).Query().Where(Query.EQ("service", service));
        if (functionPath is not null)
        {
            documents = documents.Where(Query.EQ("functionPath", functionPath));
        }

        if (since is { } from)
        {
            documents = documents.Where(Query.GTE("timestamp", from.UtcTicks));
        }

        return documents;
    }

    /// <summary>The newest <paramref name="limit"/> documents of <paramref name="documents"/>, mapped.</summary>
    public static IReadOnlyList<T> NewestFirst<T>(ILiteQueryable<BsonDocument> documents, int limit, Func<BsonDocument, T> fromDocument) =>
        [.. documents.OrderByDescending("$.timestamp").Limit(limit).ToEnumerable().Select(fromDocument)];
}
