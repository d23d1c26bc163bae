using LiteDB;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// Brings a database written before environments, builds and deployments existed up to date when it is opened, one
/// service per transaction: every service gets its <c>production</c> environment, and a service with functions or
/// assets but no build gets build 1 — every function's active version and every asset — deployed to production as
/// deployment 1. Function images move out of the version documents into the compiled images (one copy per key; every
/// version keeps its number, source and key); asset content is copied into blobs (the asset files stay, for the routes
/// that still read them). Each step is skipped when done, so a second open, or one after a crash, changes nothing more.
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
            var needsBuild = !HasBuilds(database, service) && (HasFunctions(database, service) || LiteDbAssetStore.AnyOf(database, service));
            if (!needsProduction && !needsBuild)
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

                if (needsBuild)
                {
                    MoveImages(database, service, now);
                    var build = BuildOfLiveFunctionsAndAssets(database, service, now);
                    LiteDbBuildStore.Insert(database, build);
                    var production = LiteDbDeploymentEnvironmentStore.Find(database, service, EnvironmentName.Production)!;
                    LiteDbDeploymentStore.Append(database, production, service, EnvironmentName.Production, build.Id, fromEnvironment: null, now);
                }

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

    private static BuildRecord BuildOfLiveFunctionsAndAssets(LiteDatabase database, string service, DateTimeOffset now)
    {
        var versions = database.GetCollection(LiteDbCollections.Versions);
        var functions = database.GetCollection(LiteDbCollections.Functions)
            .Find(Query.EQ("service", service))
            .Select(LiteDbFunctionStore.FromDocument)
            .Select(function => (function, version: versions.FindById(LiteDbCollections.VersionKey(service, function.Path, function.ActiveVersion))))
            .Where(pair => pair.version is not null)
            .Select(pair => new BuildFunction(
                pair.function.Path,
                pair.function.Visibility,
                pair.function.Limits,
                pair.function.ActiveVersion,
                pair.version["sourceSha256"].AsString,
                pair.version["buildKey"].AsString,
                Reused: true))
            .OrderBy(function => function.Path, StringComparer.Ordinal)
            .ToList();

        var assets = new List<BuildAsset>();
        foreach (var asset in LiteDbAssetStore.AllOf(database, service))
        {
            var sha256 = ContentHash.Of(asset.Content.Span);
            LiteDbBlobStore.StoreAssetBlob(database, service, sha256, asset.Content, now);
            assets.Add(new BuildAsset(asset.Info.Path, asset.Info.Visibility, asset.Info.ContentType, sha256, asset.Info.Length));
        }

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

    private static bool HasFunctions(LiteDatabase database, string service) =>
        database.GetCollection(LiteDbCollections.Functions).Exists(Query.EQ("service", service));
}
