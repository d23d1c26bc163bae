using LiteDB;
using ScriptHost.Storage.Assets;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.LiteDb;

/// <summary>Assets in LiteDB file storage; the file id is "service|path", metadata carries type and visibility.</summary>
internal sealed class LiteDbAssetStore(LiteDbContext context) : IAssetStore
{
    public Task<AssetInfo> PutAssetAsync(string service, string path, ReadOnlyMemory<byte> content, string contentType, AssetVisibility visibility, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.AssetPath(path);
        Guard.ContentType(contentType);
        Guard.Defined(visibility, nameof(visibility));

        var info = new AssetInfo(service, path, contentType, visibility, content.Length, context.Now);
        context.Write(database =>
        {
            LiteDbServiceStore.RequireExisting(database, service);
            var metadata = new BsonDocument
            {
                ["service"] = service,
                ["path"] = path,
                ["contentType"] = contentType,
                ["visibility"] = visibility.ToString(),
                ["uploadedAt"] = BsonConvert.FromTime(info.UploadedAt),
            };

            // Upload replaces an existing file's chunks; inside the transaction a failure keeps the old content.
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            Files(database).Upload(LiteDbCollections.Key(service, path), path, stream, metadata);
        });
        return Task.FromResult(info);
    }

    public Task<Asset?> GetAssetAsync(string service, string path, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.AssetPath(path);

        // A read transaction, so metadata and chunks come from the same snapshot even while a put replaces them.
        var ownsTransaction = context.Database.BeginTrans();
        try
        {
            var file = Files(context.Database).FindById(LiteDbCollections.Key(service, path));
            if (file is null)
            {
                return Task.FromResult<Asset?>(null);
            }

            using var content = new MemoryStream((int)file.Length);
            file.CopyTo(content);
            return Task.FromResult<Asset?>(new Asset(ToInfo(file), content.ToArray()));
        }
        finally
        {
            if (ownsTransaction)
            {
                context.Database.Rollback();
            }
        }
    }

    public Task<IReadOnlyList<AssetInfo>> ListAssetsAsync(string service, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);

        var (from, to) = LiteDbCollections.ServiceKeyRange(service);
        IReadOnlyList<AssetInfo> assets = Files(context.Database)
            .Find(Query.Between("_id", from, to))
            .Select(ToInfo)
            .OrderBy(asset => asset.Path, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(assets);
    }

    public Task<bool> DeleteAssetAsync(string service, string path, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.AssetPath(path);

        var deleted = context.Write(database => Files(database).Delete(LiteDbCollections.Key(service, path)));
        return Task.FromResult(deleted);
    }

    /// <summary>Deletes every asset of a service; called inside the service-deletion transaction.</summary>
    public static void DeleteAllOf(LiteDatabase database, string service)
    {
        var files = Files(database);
        var (from, to) = LiteDbCollections.ServiceKeyRange(service);
        foreach (var id in files.Find(Query.Between("_id", from, to)).Select(file => file.Id).ToList())
        {
            files.Delete(id);
        }
    }

    /// <summary>True if the service has any asset; reads no content.</summary>
    public static bool AnyOf(LiteDatabase database, string service)
    {
        var (from, to) = LiteDbCollections.ServiceKeyRange(service);
        return Files(database).Find(Query.Between("_id", from, to)).Any();
    }

    /// <summary>Every asset of a service with its content, one at a time; the migration copies them into blobs.</summary>
    public static IEnumerable<Asset> AllOf(LiteDatabase database, string service)
    {
        var (from, to) = LiteDbCollections.ServiceKeyRange(service);
        foreach (var id in Files(database).Find(Query.Between("_id", from, to)).Select(file => file.Id).ToList())
        {
            var file = Files(database).FindById(id);
            using var content = new MemoryStream((int)file.Length);
            file.CopyTo(content);
            yield return new Asset(ToInfo(file), content.ToArray());
        }
    }

    private static ILiteStorage<string> Files(LiteDatabase database) =>
        database.GetStorage<string>(LiteDbCollections.AssetFiles, LiteDbCollections.AssetChunks);

    private static AssetInfo ToInfo(LiteFileInfo<string> file) => new(
        file.Metadata["service"].AsString,
        file.Metadata["path"].AsString,
        file.Metadata["contentType"].AsString,
        BsonConvert.ToEnum<AssetVisibility>(file.Metadata["visibility"]),
        file.Length,
        BsonConvert.ToTime(file.Metadata["uploadedAt"]));
}
