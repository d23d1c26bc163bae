using LiteDB;
using ScriptHost.Storage.Assets;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// Assets as databases stored them before builds existed: one mutable LiteDB file per asset (id "service|path", type
/// and visibility in its metadata). Only <see cref="EnvironmentsMigration"/> reads them, to copy them into blobs and
/// build 1, and then removes them: builds and blobs hold every asset since.
/// </summary>
internal static class LegacyAssetFiles
{
    /// <summary>One old asset with its content.</summary>
    public sealed record File(string Path, string ContentType, AssetVisibility Visibility, ReadOnlyMemory<byte> Content);

    /// <summary>True if the service has any asset file; reads no content.</summary>
    public static bool AnyOf(LiteDatabase database, string service)
    {
        var (from, to) = LiteDbCollections.ServiceKeyRange(service);
        return Files(database).Find(Query.Between("_id", from, to)).Any();
    }

    /// <summary>Every asset file of a service with its content, one at a time.</summary>
    public static IEnumerable<File> AllOf(LiteDatabase database, string service)
    {
        var (from, to) = LiteDbCollections.ServiceKeyRange(service);
        foreach (var id in Files(database).Find(Query.Between("_id", from, to)).Select(file => file.Id).ToList())
        {
            var file = Files(database).FindById(id);
            using var content = new MemoryStream((int)file.Length);
            file.CopyTo(content);
            yield return new File(
                file.Metadata["path"].AsString,
                file.Metadata["contentType"].AsString,
                BsonConvert.ToEnum<AssetVisibility>(file.Metadata["visibility"]),
                content.ToArray());
        }
    }

    /// <summary>Deletes every asset file of a service; call inside the transaction that copied them.</summary>
    public static void DeleteAllOf(LiteDatabase database, string service)
    {
        var files = Files(database);
        var (from, to) = LiteDbCollections.ServiceKeyRange(service);
        foreach (var id in files.Find(Query.Between("_id", from, to)).Select(file => file.Id).ToList())
        {
            files.Delete(id);
        }
    }

    private static ILiteStorage<string> Files(LiteDatabase database) =>
        database.GetStorage<string>(LiteDbCollections.AssetFiles, LiteDbCollections.AssetChunks);
}
