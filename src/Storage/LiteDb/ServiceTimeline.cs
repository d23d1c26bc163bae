using LiteDB;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// What log entries and invocation records share: time-stamped entries per service, stored in segments — one
/// document per service per written batch (at most <see cref="MaxEntriesPerSegment"/> entries), keyed by
/// <see cref="TimelineId"/> at the segment's newest entry.
/// </summary>
/// <remarks>
/// Measured: one document per entry (an Int64 key plus <c>service</c> and <c>timestamp</c> indexes) let LiteDB
/// store ~8,000 invocations a second on this 2-core machine, with index maintenance its largest cost, while the
/// server answered ~18,000; the journal fell behind and its backlog slowed every request. A segment costs one
/// key insert (and one <c>oldest</c> index insert, for retention by age) per batch and service; its key order
/// (service, then time) answers every read. Retention trims the segments at its boundary, so it stays exact.
/// </remarks>
internal static class ServiceTimeline
{
    public const int MaxEntriesPerSegment = 1000;

    private const string Entries = "entries";
    private const string Newest = "newest";
    private const string Oldest = "oldest";
    private const string Count = "count";

    /// <summary>Appends <paramref name="items"/> in one transaction, skipping those of services deleted meanwhile.</summary>
    public static void Append<T>(LiteDbContext context, string collection, IReadOnlyList<T> items, Func<T, string> serviceOf, Func<T, DateTimeOffset> timeOf, Func<T, BsonDocument> toEntry)
    {
        if (items.Count == 0)
        {
            return;
        }

        context.Write(database =>
        {
            var existing = new ServiceExistenceCache(database);
            var segments = items
                .Where(item => existing.Contains(serviceOf(item)))
                .GroupBy(serviceOf, StringComparer.Ordinal)
                .SelectMany(service => service.Chunk(MaxEntriesPerSegment).Select(chunk => Segment(service.Key, chunk, timeOf, toEntry)));
            database.GetCollection(collection).InsertBulk(segments);
        });
    }

    /// <summary>
    /// The newest <paramref name="limit"/> entries of the service at or after <paramref name="since"/> that
    /// <paramref name="matches"/> accepts, newest first; <paramref name="fromEntry"/> maps an entry given its service.
    /// </summary>
    public static IReadOnlyList<T> NewestFirst<T>(
        LiteDbContext context,
        string collection,
        string service,
        DateTimeOffset? since,
        int limit,
        Func<BsonDocument, bool> matches,
        Func<BsonDocument, string, T> fromEntry)
    {
        var sinceTicks = since?.UtcTicks ?? long.MinValue;
        var (first, last) = LiteDbCollections.ServiceKeyRange(service);
        var from = since is { } time ? TimelineId.At(service, time) : first;
        var segments = context.Database.GetCollection(collection).Query()
            .Where(Query.Between("_id", from, last))
            .OrderByDescending("_id")
            .ToEnumerable();

        // A min-heap of the newest entries so far; once full, a segment whose newest entry is not newer than the
        // heap's oldest cannot contribute, and neither can any segment after it (keys descend by newest entry).
        var kept = new PriorityQueue<BsonDocument, long>(Math.Min(limit, 1024));
        foreach (var segment in segments)
        {
            if (kept.Count == limit && kept.TryPeek(out _, out var oldestKept) && oldestKept >= segment[Newest].AsInt64)
            {
                break;
            }

            foreach (var value in segment[Entries].AsArray)
            {
                var entry = value.AsDocument;
                var ticks = entry["timestamp"].AsInt64;
                if (ticks < sinceTicks || !matches(entry))
                {
                    continue;
                }

                if (kept.Count < limit)
                {
                    kept.Enqueue(entry, ticks);
                }
                else if (kept.TryPeek(out _, out var oldest) && ticks > oldest)
                {
                    kept.EnqueueDequeue(entry, ticks);
                }
            }
        }

        var newestFirst = new T[kept.Count];
        for (var index = newestFirst.Length - 1; index >= 0; index--)
        {
            newestFirst[index] = fromEntry(kept.Dequeue(), service);
        }

        return newestFirst;
    }

    /// <summary>Deletes every segment of the service; call inside a write.</summary>
    public static int DeleteService(LiteDatabase database, string collection, string service)
    {
        var (first, last) = LiteDbCollections.ServiceKeyRange(service);
        return database.GetCollection(collection).DeleteMany(Query.Between("_id", first, last));
    }

    /// <summary>Deletes every entry older than <paramref name="cutoff"/>, of every service; returns how many. Call inside a write.</summary>
    public static int DeleteOlderThan(LiteDatabase database, string collection, DateTimeOffset cutoff)
    {
        var segments = database.GetCollection(collection);
        var cutoffTicks = cutoff.UtcTicks;
        var deleted = 0;

        // Keys first, then one segment at a time: an hour of heavy traffic is thousands of segments of up to
        // MaxEntriesPerSegment entries each, far too many to hold in memory together.
        var keys = segments.Query().Where(Query.LT(Oldest, cutoffTicks)).Select("{ id: $._id }").ToEnumerable()
            .Select(document => document["id"])
            .ToList();
        foreach (var key in keys)
        {
            var segment = segments.FindById(key);
            var before = segment[Count].AsInt32;
            var after = Keep(segment, [.. segment[Entries].AsArray.Where(entry => entry["timestamp"].AsInt64 >= cutoffTicks)]);
            _ = after is null ? segments.Delete(segment["_id"]) : segments.Update(after);
            deleted += before - (after?[Count].AsInt32 ?? 0);
        }

        return deleted;
    }

    /// <summary>
    /// Keeps the service's newest <paramref name="keep"/> entries and deletes the rest; returns how many. Segments are
    /// taken newest first; where two overlap in time, the one written later counts as newer. Call inside a write.
    /// </summary>
    public static int DeleteBeyond(LiteDatabase database, string collection, string service, int keep)
    {
        var segments = database.GetCollection(collection);
        var (first, last) = LiteDbCollections.ServiceKeyRange(service);
        var counted = 0;
        BsonDocument? boundary = null;
        foreach (var segment in segments.Query()
            .Where(Query.Between("_id", first, last))
            .OrderByDescending("_id")
            .ToEnumerable())
        {
            var count = segment[Count].AsInt32;
            if (counted + count > keep)
            {
                boundary = segment;
                break;
            }

            counted += count;
        }

        if (boundary is null)
        {
            return 0;
        }

        // Everything older than the boundary goes, and the boundary keeps only its newest entries that still fit.
        var boundaryKey = boundary["_id"];
        var kept = Keep(boundary, [.. boundary[Entries].AsArray.OrderByDescending(entry => entry["timestamp"].AsInt64).Take(keep - counted)]);
        var olderAndBoundary = Query.Between("_id", first, boundaryKey);
        var deleted = segments.Query().Where(olderAndBoundary).Select("{ count: $.count }").ToEnumerable().Sum(segment => segment[Count].AsInt32)
            - (kept?[Count].AsInt32 ?? 0);
        segments.DeleteMany(olderAndBoundary);
        if (kept is not null)
        {
            segments.Insert(kept);
        }

        return deleted;
    }

    /// <summary>One segment holding <paramref name="items"/> (at most <see cref="MaxEntriesPerSegment"/>) of <paramref name="service"/>.</summary>
    public static BsonDocument Segment<T>(string service, T[] items, Func<T, DateTimeOffset> timeOf, Func<T, BsonDocument> toEntry)
    {
        var entries = new BsonArray();
        var newest = DateTimeOffset.MinValue;
        foreach (var item in items)
        {
            var timestamp = timeOf(item);
            newest = timestamp > newest ? timestamp : newest;
            var entry = toEntry(item);
            entry["timestamp"] = BsonConvert.FromTime(timestamp);
            entries.Add(entry);
        }

        return Keep(new BsonDocument { ["_id"] = TimelineId.New(service, newest), [Newest] = BsonConvert.FromTime(newest) }, entries)!;
    }

    /// <summary>The one index a segment collection needs besides its key: <c>oldest</c>, for retention by age.</summary>
    public static void EnsureIndexes(LiteDatabase database, string collection) => database.GetCollection(collection).EnsureIndex(Oldest, "$." + Oldest);

    // The segment with only these entries (its key and newest stay: a segment never gains newer entries), or null if none remain.
    private static BsonDocument? Keep(BsonDocument segment, IList<BsonValue> entries)
    {
        if (entries.Count == 0)
        {
            return null;
        }

        segment[Oldest] = entries.Min(entry => entry["timestamp"].AsInt64);
        segment[Count] = entries.Count;
        segment[Entries] = new BsonArray(entries);
        return segment;
    }
}
