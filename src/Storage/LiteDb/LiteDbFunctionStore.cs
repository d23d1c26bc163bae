using LiteDB;
using ScriptHost.Storage.Functions;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// Functions keyed "service|path" and their versions keyed "service|path|number". A version written by a deploy holds
/// its image; one written by a build, or moved by <see cref="EnvironmentsMigration"/>, names it by its build key in the
/// compiled images (<see cref="LiteDbBlobStore"/>), which every read falls back to.
/// </summary>
internal sealed class LiteDbFunctionStore(LiteDbContext context) : IFunctionStore
{
    public Task<DeployResult> DeployAsync(FunctionDeployment deployment, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.NotNull(deployment, nameof(deployment));
        Guard.ServiceName(deployment.Service);
        Guard.FunctionPath(deployment.Path);
        Guard.Source(deployment.Source);
        Guard.Build(deployment.BuildKey, deployment.AssemblyImage);
        Guard.Defined(deployment.Visibility, "visibility");
        Guard.Limits(deployment.Limits);

        var sourceSha256 = ContentHash.OfText(deployment.Source);
        var result = context.Write(database =>
        {
            LiteDbServiceStore.RequireExisting(database, deployment.Service);
            var functions = database.GetCollection(LiteDbCollections.Functions);
            var now = context.Now;
            var existing = functions.FindById(LiteDbCollections.Key(deployment.Service, deployment.Path));
            var previous = existing is null ? null : FromDocument(existing);

            var number = NextVersionNumber(database, deployment.Service, deployment.Path, previous);
            var version = new FunctionVersion(
                deployment.Service, deployment.Path, number, deployment.Source, sourceSha256,
                deployment.BuildKey, deployment.AssemblyImage.ToArray(), now);
            database.GetCollection(LiteDbCollections.Versions).Insert(ToDocument(version));

            var function = new FunctionRecord(
                deployment.Service, deployment.Path, number, number, deployment.Visibility, deployment.Limits,
                previous?.CreatedAt ?? now, now);
            functions.Upsert(ToDocument(function));
            return new DeployResult(function, number, IsNewFunction: previous is null);
        });
        return Task.FromResult(result);
    }

    public Task<IReadOnlyList<FunctionRecord>> ListFunctionsAsync(string service, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        IReadOnlyList<FunctionRecord> functions = context.Database.GetCollection(LiteDbCollections.Functions)
            .Find(Query.EQ("service", service))
            .Select(FromDocument)
            .OrderBy(function => function.Path, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(functions);
    }

    public Task<FunctionDetails?> GetFunctionAsync(string service, string path, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.FunctionPath(path);

        var key = LiteDbCollections.Key(service, path);
        var document = context.Database.GetCollection(LiteDbCollections.Functions).FindById(key);
        if (document is null)
        {
            return Task.FromResult<FunctionDetails?>(null);
        }

        var versions = context.Database.GetCollection(LiteDbCollections.Versions)
            .Query()
            .Where(Query.EQ("function", key))
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
        return Task.FromResult<FunctionDetails?>(new FunctionDetails(FromDocument(document), versions));
    }

    public Task<FunctionVersion?> GetVersionAsync(string service, string path, int version, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.FunctionPath(path);
        Guard.VersionNumber(version);

        var found = context.Read(database =>
        {
            var document = database.GetCollection(LiteDbCollections.Versions).FindById(LiteDbCollections.VersionKey(service, path, version));
            return document is null ? null : VersionFromDocument(database, document);
        });
        return Task.FromResult(found);
    }

    public Task<FunctionRecord?> ActivateVersionAsync(string service, string path, int version, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.FunctionPath(path);
        Guard.VersionNumber(version);

        var activated = context.Write(database =>
        {
            var functions = database.GetCollection(LiteDbCollections.Functions);
            var document = functions.FindById(LiteDbCollections.Key(service, path));
            if (document is null
                || database.GetCollection(LiteDbCollections.Versions).FindById(LiteDbCollections.VersionKey(service, path, version)) is null)
            {
                return null;
            }

            var function = FromDocument(document) with { ActiveVersion = version, UpdatedAt = context.Now };
            functions.Update(ToDocument(function));
            return function;
        });
        return Task.FromResult(activated);
    }

    public Task<FunctionRecord?> UpdateSettingsAsync(string service, string path, FunctionVisibility visibility, FunctionLimits limits, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.FunctionPath(path);
        Guard.Defined(visibility, nameof(visibility));
        Guard.Limits(limits);

        var updated = context.Write(database =>
        {
            var functions = database.GetCollection(LiteDbCollections.Functions);
            var document = functions.FindById(LiteDbCollections.Key(service, path));
            if (document is null)
            {
                return null;
            }

            var function = FromDocument(document) with { Visibility = visibility, Limits = limits, UpdatedAt = context.Now };
            functions.Update(ToDocument(function));
            return function;
        });
        return Task.FromResult(updated);
    }

    public Task<bool> UpdateBuildAsync(string service, string path, int version, string buildKey, ReadOnlyMemory<byte> assemblyImage, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.FunctionPath(path);
        Guard.VersionNumber(version);
        Guard.Build(buildKey, assemblyImage);

        var updated = context.Write(database =>
        {
            var versions = database.GetCollection(LiteDbCollections.Versions);
            var document = versions.FindById(LiteDbCollections.VersionKey(service, path, version));
            if (document is null)
            {
                return false;
            }

            document["buildKey"] = buildKey;
            document["image"] = BsonConvert.FromBytes(assemblyImage);
            document["imageLength"] = assemblyImage.Length;
            return versions.Update(document);
        });
        return Task.FromResult(updated);
    }

    public Task<bool> DeleteFunctionAsync(string service, string path, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.FunctionPath(path);

        var key = LiteDbCollections.Key(service, path);
        var deleted = context.Write(database =>
        {
            if (!database.GetCollection(LiteDbCollections.Functions).Delete(key))
            {
                return false;
            }

            // A build never changes, so the versions builds name stay (and the next deploy numbers after them).
            var kept = LiteDbBuildStore.VersionsReferenced(database, service, path);
            var versions = database.GetCollection(LiteDbCollections.Versions);
            foreach (var id in versions.Query().Where(Query.EQ("function", key)).Select("{ id: $._id, number: $.number }").ToEnumerable()
                .Where(version => !kept.Contains(version["number"].AsInt32))
                .Select(version => version["id"])
                .ToList())
            {
                versions.Delete(id);
            }

            return true;
        });
        return Task.FromResult(deleted);
    }

    public Task<IReadOnlyList<ActiveFunction>> LoadActiveFunctionsAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var versions = context.Database.GetCollection(LiteDbCollections.Versions);

        // One read transaction, so a deploy running meanwhile is seen entirely or not at all.
        var wasInTransaction = !context.Database.BeginTrans();
        try
        {
            IReadOnlyList<ActiveFunction> active = context.Database.GetCollection(LiteDbCollections.Functions)
                .FindAll()
                .Select(FromDocument)
                .Select(function => (function, version: versions.FindById(LiteDbCollections.VersionKey(function.Service, function.Path, function.ActiveVersion))))
                .Where(pair => pair.version is not null)
                .Select(pair => new ActiveFunction(pair.function, VersionFromDocument(context.Database, pair.version)))
                .OrderBy(pair => pair.Function.Service, StringComparer.Ordinal)
                .ThenBy(pair => pair.Function.Path, StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(active);
        }
        finally
        {
            if (!wasInTransaction)
            {
                context.Database.Rollback();
            }
        }
    }

    /// <summary>
    /// The version of <paramref name="path"/> a build's function is: the newest one with the same source, or a new one
    /// (source, build key and image length; the image is in the compiled images), numbered next. Call inside a write.
    /// </summary>
    public static int VersionForBuild(LiteDatabase database, string service, string path, string source, string sourceSha256, string imageKey, int imageLength, DateTimeOffset now)
    {
        var key = LiteDbCollections.Key(service, path);
        var versions = database.GetCollection(LiteDbCollections.Versions);
        var sameSource = versions.Query()
            .Where(Query.EQ("function", key))
            .Select("{ number: $.number, sourceSha256: $.sourceSha256 }")
            .ToEnumerable()
            .Where(version => version["sourceSha256"].AsString == sourceSha256)
            .Select(version => version["number"].AsInt32)
            .DefaultIfEmpty(0)
            .Max();
        if (sameSource > 0)
        {
            return sameSource;
        }

        var functions = database.GetCollection(LiteDbCollections.Functions);
        var existing = functions.FindById(key);
        var previous = existing is null ? null : FromDocument(existing);
        var number = NextVersionNumber(database, service, path, previous);
        versions.Insert(new BsonDocument
        {
            ["_id"] = LiteDbCollections.VersionKey(service, path, number),
            ["function"] = key,
            ["service"] = service,
            ["path"] = path,
            ["number"] = number,
            ["source"] = source,
            ["sourceSha256"] = sourceSha256,
            ["buildKey"] = imageKey,
            ["imageLength"] = imageLength,
            ["createdAt"] = BsonConvert.FromTime(now),
        });

        // The function record (what production serves until builds are served) keeps its active version; only the
        // latest moves, so the next deploy's number follows this one.
        if (previous is not null)
        {
            functions.Update(ToDocument(previous with { LatestVersion = number }));
        }

        return number;
    }

    // Numbers follow both the function's latest and the versions stored (a build may have added versions of a path
    // that has no function record), so a number is never handed out twice while any version of the path exists.
    private static int NextVersionNumber(LiteDatabase database, string service, string path, FunctionRecord? function)
    {
        var newestStored = database.GetCollection(LiteDbCollections.Versions).Query()
            .Where(Query.EQ("function", LiteDbCollections.Key(service, path)))
            .Select("{ number: $.number }")
            .ToEnumerable()
            .Select(version => version["number"].AsInt32)
            .DefaultIfEmpty(0)
            .Max();
        return Math.Max(function?.LatestVersion ?? 0, newestStored) + 1;
    }

    private static BsonDocument ToDocument(FunctionRecord function) => new()
    {
        ["_id"] = LiteDbCollections.Key(function.Service, function.Path),
        ["service"] = function.Service,
        ["path"] = function.Path,
        ["activeVersion"] = function.ActiveVersion,
        ["latestVersion"] = function.LatestVersion,
        ["visibility"] = function.Visibility.ToString(),
        ["timeoutMs"] = BsonConvert.FromNullable(function.Limits.TimeoutMs),
        ["memoryMb"] = BsonConvert.FromNullable(function.Limits.MemoryMb),
        ["createdAt"] = BsonConvert.FromTime(function.CreatedAt),
        ["updatedAt"] = BsonConvert.FromTime(function.UpdatedAt),
    };

    public static FunctionRecord FromDocument(BsonDocument document) => new(
        document["service"].AsString,
        document["path"].AsString,
        document["activeVersion"].AsInt32,
        document["latestVersion"].AsInt32,
        BsonConvert.ToEnum<FunctionVisibility>(document["visibility"]),
        new FunctionLimits(BsonConvert.ToNullableInt32(document["timeoutMs"]), BsonConvert.ToNullableInt32(document["memoryMb"])),
        BsonConvert.ToTime(document["createdAt"]),
        BsonConvert.ToTime(document["updatedAt"]));

    private static BsonDocument ToDocument(FunctionVersion version) => new()
    {
        ["_id"] = LiteDbCollections.VersionKey(version.Service, version.Path, version.Number),
        ["function"] = LiteDbCollections.Key(version.Service, version.Path),
        ["service"] = version.Service,
        ["path"] = version.Path,
        ["number"] = version.Number,
        ["source"] = version.Source,
        ["sourceSha256"] = version.SourceSha256,
        ["buildKey"] = version.BuildKey,
        ["image"] = BsonConvert.FromBytes(version.AssemblyImage),
        ["imageLength"] = version.AssemblyImage.Length,
        ["createdAt"] = BsonConvert.FromTime(version.CreatedAt),
    };

    private static FunctionVersion VersionFromDocument(LiteDatabase database, BsonDocument document)
    {
        var service = document["service"].AsString;
        var buildKey = document["buildKey"].AsString;
        return new FunctionVersion(
            service,
            document["path"].AsString,
            document["number"].AsInt32,
            document["source"].AsString,
            document["sourceSha256"].AsString,
            buildKey,
            document.TryGetValue("image", out var image) ? image.AsBinary : LiteDbBlobStore.Image(database, service, buildKey) ?? ReadOnlyMemory<byte>.Empty,
            BsonConvert.ToTime(document["createdAt"]));
    }
}
