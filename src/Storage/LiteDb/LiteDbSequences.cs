using LiteDB;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// Per-service number sequences (build ids, deployment ids): the last number handed out is stored, so a number is never
/// handed out twice, even after the item that had it is gone. Call inside a write; the write gate makes read-then-update safe.
/// </summary>
internal static class LiteDbSequences
{
    public const string BuildIds = "builds";
    public const string DeploymentIds = "deployments";

    public static int Next(LiteDatabase database, string service, string sequence)
    {
        var sequences = database.GetCollection(LiteDbCollections.Sequences);
        var id = LiteDbCollections.Key(service, sequence);
        var next = (sequences.FindById(id)?["last"].AsInt32 ?? 0) + 1;
        sequences.Upsert(new BsonDocument { ["_id"] = id, ["last"] = next });
        return next;
    }

    /// <summary>Deletes every sequence of a service; called inside the service-deletion transaction.</summary>
    public static void DeleteAllOf(LiteDatabase database, string service)
    {
        var (from, to) = LiteDbCollections.ServiceKeyRange(service);
        database.GetCollection(LiteDbCollections.Sequences).DeleteMany(Query.Between("_id", from, to));
    }
}
