using LiteDB;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// Brings logs and invocation records written one document per entry (Int64 keys plus <c>service</c> and
/// <c>timestamp</c> indexes) into <see cref="ServiceTimeline"/> segments when a database is opened, so an upgrade keeps them.
/// </summary>
internal static class LegacyTimelineMigration
{
    public static void Apply(LiteDatabase database)
    {
        foreach (var name in new[] { LiteDbCollections.Logs, LiteDbCollections.Invocations })
        {
            if (!database.CollectionExists(name) || !HasLegacyIndexes(database, name))
            {
                continue;
            }

            var collection = database.GetCollection(name);

            database.BeginTrans();
            try
            {
                // Numbers sort below strings in BSON, so this range holds exactly the old documents.
                var oldEntries = Query.LT("_id", string.Empty);
                var segments = collection.Find(oldEntries).ToList()
                    .GroupBy(document => document["service"].AsString, StringComparer.Ordinal)
                    .SelectMany(service => service.Chunk(ServiceTimeline.MaxEntriesPerSegment).Select(chunk =>
                        ServiceTimeline.Segment(service.Key, chunk, document => BsonConvert.ToTime(document["timestamp"]), ToEntry)))
                    .ToList();
                collection.DeleteMany(oldEntries);
                collection.InsertBulk(segments);

                collection.DropIndex("service");
                collection.DropIndex("timestamp");
                database.Commit();
            }
            catch
            {
                database.Rollback();
                throw;
            }

            database.Checkpoint();
        }
    }

    private static BsonDocument ToEntry(BsonDocument document)
    {
        var entry = new BsonDocument();
        foreach (var (name, value) in document)
        {
            if (name is not ("_id" or "service"))
            {
                entry[name] = value;
            }
        }

        return entry;
    }

    private static bool HasLegacyIndexes(LiteDatabase database, string collection) =>
        database.GetCollection("$indexes")
            .Find(Query.EQ("collection", collection))
            .Any(index => index["name"].AsString is "service" or "timestamp");
}
