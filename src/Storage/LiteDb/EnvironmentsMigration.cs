using LiteDB;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Functions;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// Brings a database written before environments, builds and deployments existed up to date when it is opened, one
/// service per transaction: every service gets its <c>production</c> environment, and a service with functions or
/// assets but no build gets build 1 — every function's active version and every asset — deployed to production as
/// deployment 1. Function images move out of the version documents into the compiled images (one copy per key; every
/// version keeps its number, source and key); asset files are copied into blobs. Then the old layout goes: the function
/// records (which version was active, visibility, limits: build 1 holds all of it) and the asset files, so nothing
/// is stored twice and nothing can disagree with what the deployments say is live. Each step is skipped when done, so
/// a second open, or one after a crash, changes nothing more; a database upgraded by an earlier version of this
/// migration, which kept the old layout beside its builds, loses it on the next open.
/// </summary>
internal static class EnvironmentsMigration
{
    public static void Apply(LiteDatabase database, DateTimeOffset now)
    {
        var services = database.GetCollection(LiteDbCollections.Services).Query()
            .Select("{ id: $._id }")
            .ToEnumerable()
            .Select(document => document["id"].AsString)
            .ToList();
        var migrated = false;
        foreach (var service in services)
        {
            var needsProduction = LiteDbDeploymentEnvironmentStore.Find(database, service, EnvironmentName.Production) is null;
            var hasOldLayout = HasFunctionRecords(database, service) || LegacyAssetFiles.AnyOf(database, service);
            var needsBuild = hasOldLayout && !HasBuilds(database, service);
            if (!needsProduction && !hasOldLayout)
            {
                continue;
            }

            database.BeginTrans();
            try
            {
                if (needsProduction)
                {
                    LiteDbDeploymentEnvironmentStore.Insert(database, service, EnvironmentName.Production, now);
                }

                MoveImages(database, service, now);
                var assets = CopyAssetFilesToBlobs(database, service, now);
                if (needsBuild)
                {
                    var build = BuildOfActiveFunctionsAndAssets(database, service, assets, now);
                    LiteDbBuildStore.Insert(database, build);
                    var production = LiteDbDeploymentEnvironmentStore.Find(database, service, EnvironmentName.Production)!;
                    LiteDbDeploymentStore.Append(database, production, service, EnvironmentName.Production, build.Id, fromEnvironment: null, now);
                }

                LegacyAssetFiles.DeleteAllOf(database, service);
                database.GetCollection(LiteDbCollections.Functions).DeleteMany(Query.EQ("service", service));
                database.Commit();
            }
            catch
            {
                database.Rollback();
                throw;
            }

            migrated = true;
        }

        if (migrated)
        {
            DropIfEmpty(database, LiteDbCollections.Functions);
            DropIfEmpty(database, LiteDbCollections.AssetFiles);
            DropIfEmpty(database, LiteDbCollections.AssetChunks);
            database.Checkpoint();
        }
    }

    // Every version keeps its build key and image length; the image itself is stored once per key.
    private static void MoveImages(LiteDatabase database, string service, DateTimeOffset now)
    {
        var versions = database.GetCollection(LiteDbCollections.Versions);
        var ids = versions.Query()
            .Where(Query.EQ("service", service))
            .Select("{ id: $._id }")
            .ToEnumerable()
            .Select(document => document["id"])
            .ToList();
        foreach (var id in ids)
        {
            var version = versions.FindById(id);
            if (!version.TryGetValue("image", out var image))
            {
                continue;
            }

            LiteDbBlobStore.StoreImage(database, service, version["buildKey"].AsString, image.AsBinary, now);
            version.Remove("image");
            versions.Update(version);
        }
    }

    // Every asset file, as build 1 would name it; its content is stored as a blob unless the service has it already.
    private static List<BuildAsset> CopyAssetFilesToBlobs(LiteDatabase database, string service, DateTimeOffset now)
    {
        var assets = new List<BuildAsset>();
        foreach (var file in LegacyAssetFiles.AllOf(database, service))
        {
            var sha256 = ContentHash.Of(file.Content.Span);
            LiteDbBlobStore.StoreAssetBlob(database, service, sha256, file.Content, now);
            assets.Add(new BuildAsset(file.Path, file.Visibility, file.ContentType, sha256, file.Content.Length));
        }

        return assets;
    }

    private static BuildRecord BuildOfActiveFunctionsAndAssets(LiteDatabase database, string service, List<BuildAsset> assets, DateTimeOffset now)
    {
        var versions = database.GetCollection(LiteDbCollections.Versions);
        var functions = database.GetCollection(LiteDbCollections.Functions)
            .Find(Query.EQ("service", service))
            .Select(record => (record, version: versions.FindById(LiteDbCollections.VersionKey(service, record["path"].AsString, record["activeVersion"].AsInt32))))
            .Where(pair => pair.version is not null)
            .Select(pair => new BuildFunction(
                pair.record["path"].AsString,
                BsonConvert.ToEnum<FunctionVisibility>(pair.record["visibility"]),
                new FunctionLimits(BsonConvert.ToNullableInt32(pair.record["timeoutMs"]), BsonConvert.ToNullableInt32(pair.record["memoryMb"])),
                pair.record["activeVersion"].AsInt32,
                pair.version["sourceSha256"].AsString,
                pair.version["buildKey"].AsString,
                Reused: true))
            .OrderBy(function => function.Path, StringComparer.Ordinal)
            .ToList();

        return new BuildRecord(
            service,
            LiteDbSequences.Next(database, service, LiteDbSequences.BuildIds),
            BuildStatus.Completed,
            now,
            now,
            [.. functions.Select(function => new RequestedBuildFunction(function.Path, function.Visibility, function.Limits, function.SourceSha256, Compiled: true))],
            functions,
            [.. assets.OrderBy(asset => asset.Path, StringComparer.Ordinal)],
            Lib: [],
            Diagnostics: [],
            BaseBuildId: null,
            BuildOrigin.Migration);
    }

    private static bool HasBuilds(LiteDatabase database, string service)
    {
        var (from, to) = LiteDbCollections.ServiceKeyRange(service);
        return database.GetCollection(LiteDbCollections.Builds).Exists(Query.Between("_id", from, to));
    }

    // A record per function path, naming its active version: what served each path before builds.
    private static bool HasFunctionRecords(LiteDatabase database, string service) =>
        database.CollectionExists(LiteDbCollections.Functions)
        && database.GetCollection(LiteDbCollections.Functions).Exists(Query.EQ("service", service));

    private static void DropIfEmpty(LiteDatabase database, string collection)
    {
        if (database.CollectionExists(collection) && database.GetCollection(collection).Count() == 0)
        {
            database.DropCollection(collection);
        }
    }
}
