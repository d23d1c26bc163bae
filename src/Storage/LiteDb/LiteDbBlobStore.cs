using LiteDB;
using ScriptHost.Storage.Blobs;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// Asset blobs in LiteDB file storage (id "service|sha256": chunked, so a large one is never one document) and compiled
/// images in a collection (id "service|imageKey"; an image is at most <see cref="Guard.MaxAssemblyImageBytes"/>).
/// </summary>
internal sealed class LiteDbBlobStore(LiteDbContext context) : IBlobStore
{
    public Task<AssetBlobInfo> PutAssetBlobAsync(string service, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);

        // Hashed outside the write gate: it is the slow part for a large blob, and needs nothing stored.
        var sha256 = ContentHash.Of(content.Span);
        context.Write(database =>
        {
            LiteDbServiceStore.RequireExisting(database, service);
            StoreAssetBlob(database, service, sha256, content, context.Now);
        });
        return Task.FromResult(new AssetBlobInfo(sha256, content.Length));
    }

    public Task<bool> HasAssetBlobAsync(string service, string sha256, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.Sha256(sha256);
        return Task.FromResult(AssetBlobLength(context.Database, service, sha256) is not null);
    }

    public Task<ReadOnlyMemory<byte>?> GetAssetBlobAsync(string service, string sha256, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.Sha256(sha256);

        // A read transaction, so the file and its chunks come from one snapshot.
        var content = context.Read<ReadOnlyMemory<byte>?>(database =>
        {
            var file = AssetBlobFiles(database).FindById(LiteDbCollections.Key(service, sha256));
            if (file is null)
            {
                return null;
            }

            using var stream = new MemoryStream((int)file.Length);
            file.CopyTo(stream);
            return stream.ToArray();
        });
        return Task.FromResult(content);
    }

    public Task<bool> PutImageAsync(string service, string imageKey, ReadOnlyMemory<byte> image, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.ImageKey(imageKey);
        Guard.Image(image);

        var stored = context.Write(database =>
        {
            LiteDbServiceStore.RequireExisting(database, service);
            return StoreImage(database, service, imageKey, image, context.Now);
        });
        return Task.FromResult(stored);
    }

    public Task<bool> HasImageAsync(string service, string imageKey, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.ImageKey(imageKey);
        return Task.FromResult(ImageLength(context.Database, service, imageKey) is not null);
    }

    public Task<ReadOnlyMemory<byte>?> GetImageAsync(string service, string imageKey, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.ImageKey(imageKey);
        return Task.FromResult(Image(context.Database, service, imageKey));
    }

    /// <summary>Stores an asset blob unless the service has it; call inside a write (content-addressed, so the first copy stays).</summary>
    public static void StoreAssetBlob(LiteDatabase database, string service, string sha256, ReadOnlyMemory<byte> content, DateTimeOffset now)
    {
        var files = AssetBlobFiles(database);
        var id = LiteDbCollections.Key(service, sha256);
        if (files.Exists(id))
        {
            return;
        }

        using var stream = new MemoryStream(content.ToArray(), writable: false);
        files.Upload(id, sha256, stream, new BsonDocument
        {
            ["service"] = service,
            ["createdAt"] = BsonConvert.FromTime(now),
        });
    }

    /// <summary>The blob's length, or <c>null</c> if the service has no blob with that hash.</summary>
    public static long? AssetBlobLength(LiteDatabase database, string service, string sha256) =>
        AssetBlobFiles(database).FindById(LiteDbCollections.Key(service, sha256))?.Length;

    /// <summary>Stores an image unless one is stored under the key; returns true if this call stored it. Call inside a write.</summary>
    public static bool StoreImage(LiteDatabase database, string service, string imageKey, ReadOnlyMemory<byte> image, DateTimeOffset now)
    {
        var images = database.GetCollection(LiteDbCollections.CompiledImages);
        var id = LiteDbCollections.Key(service, imageKey);
        if (images.Exists(Query.EQ("_id", id)))
        {
            return false;
        }

        images.Insert(new BsonDocument
        {
            ["_id"] = id,
            ["service"] = service,
            ["key"] = imageKey,
            ["image"] = BsonConvert.FromBytes(image),
            ["length"] = image.Length,
            ["createdAt"] = BsonConvert.FromTime(now),
        });
        return true;
    }

    /// <summary>The image's length, or <c>null</c> if none is stored under the key.</summary>
    public static int? ImageLength(LiteDatabase database, string service, string imageKey) =>
        database.GetCollection(LiteDbCollections.CompiledImages).Query()
            .Where(Query.EQ("_id", LiteDbCollections.Key(service, imageKey)))
            .Select("{ length: $.length }")
            .ToEnumerable()
            .Select(document => (int?)document["length"].AsInt32)
            .FirstOrDefault();

    private static ReadOnlyMemory<byte>? Image(LiteDatabase database, string service, string imageKey) =>
        database.GetCollection(LiteDbCollections.CompiledImages).FindById(LiteDbCollections.Key(service, imageKey)) is { } document
            ? document["image"].AsBinary
            : (ReadOnlyMemory<byte>?)null; // a bare null would convert through byte[] to an empty image, not to no image

    /// <summary>Deletes every blob and image of a service; called inside the service-deletion transaction.</summary>
    public static void DeleteAllOf(LiteDatabase database, string service)
    {
        var (from, to) = LiteDbCollections.ServiceKeyRange(service);
        database.GetCollection(LiteDbCollections.CompiledImages).DeleteMany(Query.Between("_id", from, to));
        var files = AssetBlobFiles(database);
        foreach (var id in files.Find(Query.Between("_id", from, to)).Select(file => file.Id).ToList())
        {
            files.Delete(id);
        }
    }

    private static ILiteStorage<string> AssetBlobFiles(LiteDatabase database) =>
        database.GetStorage<string>(LiteDbCollections.AssetBlobFiles, LiteDbCollections.AssetBlobChunks);
}
