using LiteDB;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Errors;
using ScriptHost.Storage.Functions;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// Function versions keyed "service|path|number" (ten digits, so keys sort by number), with an index on
/// "service|path". A version names its image by build key in the compiled images (<see cref="LiteDbBlobStore"/>); a
/// version written before builds existed held its image inline until <see cref="EnvironmentsMigration"/> moved it.
/// </summary>
internal sealed class LiteDbFunctionStore(LiteDbContext context) : IFunctionStore
{
    public Task<FunctionVersion?> GetVersionAsync(string service, string path, int version, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.FunctionPath(path);
        Guard.VersionNumber(version);

        var found = context.Read(database =>
        {
            var document = database.GetCollection(LiteDbCollections.Versions).FindById(LiteDbCollections.VersionKey(service, path, version));
            return document is null ? null : FromDocument(document);
        });
        return Task.FromResult(found);
    }

    public Task<IReadOnlyList<FunctionVersionInfo>> ListVersionsAsync(string service, string path, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.FunctionPath(path);

        IReadOnlyList<FunctionVersionInfo> versions = context.Database.GetCollection(LiteDbCollections.Versions)
            .Query()
            .Where(Query.EQ("function", LiteDbCollections.Key(service, path)))
            .Select("{ number: $.number, sourceSha256: $.sourceSha256, buildKey: $.buildKey, imageLength: $.imageLength, createdAt: $.createdAt }")
            .ToEnumerable()
            .Select(version => new FunctionVersionInfo(
                version["number"].AsInt32,
                version["sourceSha256"].AsString,
                version["buildKey"].AsString,
                version["imageLength"].AsInt32,
                BsonConvert.ToTime(version["createdAt"])))
            .OrderBy(version => version.Number)
            .ToList();
        return Task.FromResult(versions);
    }

    /// <summary>
    /// The version of its path that <paramref name="function"/> of a completing build names, as its
    /// <see cref="CompiledBuildFunction.Version"/> chooses; a new one is stored with its source, build key and image
    /// length (the image is in the compiled images). Call inside the write that completes the build.
    /// </summary>
    public static int VersionForBuild(
        LiteDatabase database, string service, CompiledBuildFunction function, string sourceSha256, int imageLength, DateTimeOffset now, int index)
    {
        var path = function.Path;
        var versions = database.GetCollection(LiteDbCollections.Versions);
        if (function.Version.ExistingNumber is { } existing)
        {
            var stored = versions.FindById(LiteDbCollections.VersionKey(service, path, existing))
                ?? throw new StorageNotFoundException($"functions[{index}] ('{path}'): version {existing} is not stored.");
            if (stored["sourceSha256"].AsString != sourceSha256)
            {
                throw new StorageValidationException($"functions[{index}].source", $"functions[{index}] ('{path}'): the source is not that of version {existing}.");
            }

            return existing;
        }

        var stamps = versions.Query()
            .Where(Query.EQ("function", LiteDbCollections.Key(service, path)))
            .Select("{ number: $.number, sourceSha256: $.sourceSha256 }")
            .ToEnumerable()
            .Select(version => (Number: version["number"].AsInt32, Sha256: version["sourceSha256"].AsString))
            .ToList();
        var sameSource = function.Version.AlwaysNext
            ? 0
            : stamps.Where(version => version.Sha256 == sourceSha256).Select(version => version.Number).DefaultIfEmpty(0).Max();
        if (sameSource > 0)
        {
            return sameSource;
        }

        // No version is ever removed while the service exists, so the newest stored one is the newest ever handed out.
        var number = stamps.Select(version => version.Number).DefaultIfEmpty(0).Max() + 1;
        versions.Insert(new BsonDocument
        {
            ["_id"] = LiteDbCollections.VersionKey(service, path, number),
            ["function"] = LiteDbCollections.Key(service, path),
            ["service"] = service,
            ["path"] = path,
            ["number"] = number,
            ["source"] = function.Source,
            ["sourceSha256"] = sourceSha256,
            ["buildKey"] = function.ImageKey,
            ["imageLength"] = imageLength,
            ["createdAt"] = BsonConvert.FromTime(now),
        });
        return number;
    }

    private static FunctionVersion FromDocument(BsonDocument document) => new(
        document["service"].AsString,
        document["path"].AsString,
        document["number"].AsInt32,
        document["source"].AsString,
        document["sourceSha256"].AsString,
        document["buildKey"].AsString,
        BsonConvert.ToTime(document["createdAt"]));
}
