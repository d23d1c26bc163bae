using LiteDB;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Errors;
using ScriptHost.Storage.Functions;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// Builds keyed "service|number" (ten digits, so keys sort by number), one document each with the functions it was
/// queued with, its completed functions, assets, diagnostics and the hashes of its shared code; shared-code sources are stored once per service and hash in
/// <see cref="LiteDbCollections.LibSources"/>, as the same helper usually appears in build after build.
/// </summary>
internal sealed class LiteDbBuildStore(LiteDbContext context) : IBuildStore
{
    public Task<BuildRecord> CreateQueuedAsync(BuildRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.BuildRequest(request);

        var service = request.Service;
        var lib = request.Lib.Select(file => new BuildLibFile(file.Path, file.Source, ContentHash.OfText(file.Source))).ToList();
        var build = context.Write(database =>
        {
            LiteDbServiceStore.RequireExisting(database, service);
            if (request.BaseBuildId is { } baseBuild && Find(database, service, baseBuild) is null)
            {
                throw new StorageNotFoundException($"Build {baseBuild} of service '{service}' does not exist.");
            }

            var assets = request.Assets.Select((asset, index) => new BuildAsset(
                asset.Path,
                asset.Visibility,
                asset.ContentType,
                asset.Sha256,
                LiteDbBlobStore.AssetBlobLength(database, service, asset.Sha256)
                    ?? throw new StorageNotFoundException($"assets[{index}] ('{asset.Path}'): service '{service}' has no asset content with SHA-256 {asset.Sha256}.")))
                .ToList();
            foreach (var file in lib)
            {
                StoreLibSource(database, service, file);
            }

            var record = new BuildRecord(
                service,
                LiteDbSequences.Next(database, service, LiteDbSequences.BuildIds),
                BuildStatus.Queued,
                context.Now,
                FinishedAt: null,
                [.. request.Functions.Select(function => new RequestedBuildFunction(
                    function.Path, function.Visibility, function.Limits, function.SourceSha256, Compiled: null))],
                Functions: [],
                assets,
                lib,
                Diagnostics: [],
                request.BaseBuildId,
                request.Origin);
            Insert(database, record);
            return record;
        });
        return Task.FromResult(build);
    }

    public Task<BuildRecord> MarkBuildingAsync(string service, int id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        GuardBuild(service, id);
        var build = context.Write(database =>
        {
            var record = RequireTransition(database, service, id, BuildStatus.Building);
            return Update(database, record with { Status = BuildStatus.Building });
        });
        return Task.FromResult(build);
    }

    public Task<BuildRecord> CompleteAsync(
        string service, int id, IReadOnlyList<CompiledBuildFunction> functions, IReadOnlyList<BuildDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        GuardBuild(service, id);
        Guard.CompiledFunctions(functions);
        Guard.Warnings(diagnostics);

        var hashes = functions.Select(function => ContentHash.OfText(function.Source)).ToList();
        var build = context.Write(database =>
        {
            var record = RequireTransition(database, service, id, BuildStatus.Completed);
            RequireQueuedWith(record, functions, hashes);
            var now = context.Now;
            var built = new List<BuildFunction>(functions.Count);
            for (var index = 0; index < functions.Count; index++)
            {
                var function = functions[index];
                int imageLength;
                if (function.Image.IsEmpty)
                {
                    imageLength = LiteDbBlobStore.ImageLength(database, service, function.ImageKey)
                        ?? throw new StorageNotFoundException($"functions[{index}] ('{function.Path}'): no image is stored under key '{function.ImageKey}', and none was given.");
                }
                else
                {
                    LiteDbBlobStore.StoreImage(database, service, function.ImageKey, function.Image, now);
                    imageLength = function.Image.Length;
                }

                var version = LiteDbFunctionStore.VersionForBuild(database, service, function, hashes[index], imageLength, now, index);
                built.Add(new BuildFunction(function.Path, function.Visibility, function.Limits, version, hashes[index], function.ImageKey, function.Reused));
            }

            // The status flips last, in the same transaction as the versions and images it names.
            return Update(database, record with
            {
                Status = BuildStatus.Completed,
                FinishedAt = now,
                Requested = [.. record.Requested.Select(function => function with { Compiled = true })],
                Functions = [.. built.OrderBy(function => function.Path, StringComparer.Ordinal)],
                Diagnostics = [.. diagnostics],
            });
        });
        return Task.FromResult(build);
    }

    public Task<BuildRecord> FailAsync(
        string service,
        int id,
        IReadOnlyList<BuildDiagnostic> diagnostics,
        IReadOnlyCollection<string>? compiledPaths,
        string? reason,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        GuardBuild(service, id);
        Guard.Diagnostics(diagnostics, reason);
        Guard.CompiledPaths(compiledPaths);

        var build = context.Write(database =>
        {
            var record = RequireTransition(database, service, id, BuildStatus.Failed);
            var requested = record.Requested;
            if (compiledPaths is not null)
            {
                var queued = requested.Select(function => function.Path).ToHashSet(StringComparer.Ordinal);
                if (compiledPaths.FirstOrDefault(path => !queued.Contains(path)) is { } unknown)
                {
                    throw new StorageValidationException("compiledPaths", $"'{unknown}' is not a function build {id} of service '{service}' was queued with.");
                }

                var compiled = compiledPaths.ToHashSet(StringComparer.Ordinal);
                requested = [.. requested.Select(function => function with { Compiled = compiled.Contains(function.Path) })];
            }

            return Update(database, record with
            {
                Status = BuildStatus.Failed,
                FinishedAt = context.Now,
                Requested = requested,
                Diagnostics = [.. diagnostics],
                FailureReason = reason,
            });
        });
        return Task.FromResult(build);
    }

    public Task<BuildRecord?> GetBuildAsync(string service, int id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        GuardBuild(service, id);
        return Task.FromResult(context.Read(database => Find(database, service, id)));
    }

    public Task<IReadOnlyList<BuildSummary>> ListBuildsAsync(string service, int limit, int? beforeId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.Limit(limit);
        if (beforeId is { } before)
        {
            Guard.Id(before, nameof(beforeId));
        }

        var (from, end) = LiteDbCollections.ServiceKeyRange(service);
        var to = beforeId is { } below ? LiteDbCollections.NumberKey(service, below - 1) : end;
        IReadOnlyList<BuildSummary> builds = context.Database.GetCollection(LiteDbCollections.Builds).Query()
            .Where(Query.Between("_id", from, to))
            .OrderByDescending("_id")
            .Limit(limit)
            .ToEnumerable()
            .Select(SummaryFromDocument)
            .ToList();
        return Task.FromResult(builds);
    }

    public Task<IReadOnlyList<BuildSummary>> FailInterruptedAsync(string reason, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.Message(reason, nameof(reason));

        var failed = context.Write(database =>
        {
            var builds = database.GetCollection(LiteDbCollections.Builds);
            var unfinished = builds.Find(Query.Or(
                    Query.EQ("status", nameof(BuildStatus.Queued)),
                    Query.EQ("status", nameof(BuildStatus.Building))))
                .ToList();
            var now = context.Now;
            IReadOnlyList<BuildSummary> summaries = [.. unfinished
                .Select(document =>
                {
                    document["status"] = nameof(BuildStatus.Failed);
                    document["finishedAt"] = BsonConvert.FromTime(now);
                    document["failureReason"] = reason;
                    builds.Update(document);
                    return SummaryFromDocument(document);
                })
                .OrderBy(build => build.Service, StringComparer.Ordinal)
                .ThenBy(build => build.Id)];
            return summaries;
        });
        return Task.FromResult(failed);
    }

    /// <summary>The build, or <c>null</c>; call inside a read or a write.</summary>
    public static BuildRecord? Find(LiteDatabase database, string service, int id) =>
        database.GetCollection(LiteDbCollections.Builds).FindById(LiteDbCollections.NumberKey(service, id)) is { } document
            ? FromDocument(database, document)
            : null;

    /// <summary>Stores a new build; the migration writes its build 1 with it.</summary>
    public static void Insert(LiteDatabase database, BuildRecord build) =>
        database.GetCollection(LiteDbCollections.Builds).Insert(ToDocument(build));

    /// <summary>Stores a shared-code source unless the service already has it.</summary>
    public static void StoreLibSource(LiteDatabase database, string service, BuildLibFile file)
    {
        var sources = database.GetCollection(LiteDbCollections.LibSources);
        var id = LiteDbCollections.Key(service, file.Sha256);
        if (!sources.Exists(Query.EQ("_id", id)))
        {
            sources.Insert(new BsonDocument { ["_id"] = id, ["source"] = file.Source });
        }
    }

    /// <summary>Deletes every build and shared-code source of a service; called inside the service-deletion transaction.</summary>
    public static void DeleteAllOf(LiteDatabase database, string service)
    {
        var (from, to) = LiteDbCollections.ServiceKeyRange(service);
        database.GetCollection(LiteDbCollections.Builds).DeleteMany(Query.Between("_id", from, to));
        database.GetCollection(LiteDbCollections.LibSources).DeleteMany(Query.Between("_id", from, to));
    }

    private static void GuardBuild(string service, int id)
    {
        Guard.ServiceName(service);
        Guard.Id(id, "buildId");
    }

    private static BuildRecord RequireTransition(LiteDatabase database, string service, int id, BuildStatus to)
    {
        var record = Find(database, service, id) ?? throw new StorageNotFoundException($"Build {id} of service '{service}' does not exist.");
        if (!BuildTransitions.Allows(record.Status, to))
        {
            var status = record.Status.ToString().ToLowerInvariant();
            throw new BuildStatusConflictException(service, id, record.Status, BuildTransitions.IsFinished(record.Status)
                ? $"Build {id} of service '{service}' is {status}; a finished build never changes."
                : $"Build {id} of service '{service}' is {status}; it cannot become {to.ToString().ToLowerInvariant()}.");
        }

        return record;
    }

    // A build completes what it was queued with: its functions are fixed from the moment it exists, so what a failed or
    // queued build shows and what a completed one holds never disagree.
    private static void RequireQueuedWith(BuildRecord record, IReadOnlyList<CompiledBuildFunction> functions, IReadOnlyList<string> hashes)
    {
        var queued = record.Requested.ToDictionary(function => function.Path, StringComparer.Ordinal);
        for (var index = 0; index < functions.Count; index++)
        {
            var function = functions[index];
            if (!queued.TryGetValue(function.Path, out var requested))
            {
                throw new StorageValidationException("functions", $"functions[{index}] ('{function.Path}'): build {record.Id} of service '{record.Service}' was not queued with this path.");
            }

            if (requested.SourceSha256 != hashes[index] || requested.Visibility != function.Visibility || requested.Limits != function.Limits)
            {
                throw new StorageValidationException("functions", $"functions[{index}] ('{function.Path}'): its source, visibility or limits differ from those build {record.Id} was queued with.");
            }
        }

        if (functions.Count != queued.Count)
        {
            var completing = functions.Select(function => function.Path).ToHashSet(StringComparer.Ordinal);
            var missing = queued.Keys.First(path => !completing.Contains(path));
            throw new StorageValidationException("functions", $"'{missing}' was queued with build {record.Id} of service '{record.Service}' but is not among the functions completing it.");
        }
    }

    private static BuildRecord Update(LiteDatabase database, BuildRecord build)
    {
        database.GetCollection(LiteDbCollections.Builds).Update(ToDocument(build));
        return build;
    }

    private static BsonDocument ToDocument(BuildRecord build) => new()
    {
        ["_id"] = LiteDbCollections.NumberKey(build.Service, build.Id),
        ["service"] = build.Service,
        ["id"] = build.Id,
        ["status"] = build.Status.ToString(),
        ["origin"] = build.Origin.ToString(),
        ["createdAt"] = BsonConvert.FromTime(build.CreatedAt),
        ["finishedAt"] = build.FinishedAt is { } finished ? BsonConvert.FromTime(finished) : BsonValue.Null,
        ["baseBuildId"] = BsonConvert.FromNullable(build.BaseBuildId),
        ["failureReason"] = BsonConvert.FromNullable(build.FailureReason),
        ["requested"] = new BsonArray(build.Requested.Select(function => new BsonDocument
        {
            ["path"] = function.Path,
            ["visibility"] = function.Visibility.ToString(),
            ["timeoutMs"] = BsonConvert.FromNullable(function.Limits.TimeoutMs),
            ["memoryMb"] = BsonConvert.FromNullable(function.Limits.MemoryMb),
            ["sourceSha256"] = function.SourceSha256,
            ["compiled"] = BsonConvert.FromNullable(function.Compiled),
        })),
        ["functions"] = new BsonArray(build.Functions.Select(function => new BsonDocument
        {
            ["path"] = function.Path,
            ["visibility"] = function.Visibility.ToString(),
            ["timeoutMs"] = BsonConvert.FromNullable(function.Limits.TimeoutMs),
            ["memoryMb"] = BsonConvert.FromNullable(function.Limits.MemoryMb),
            ["version"] = function.FunctionVersion,
            ["sourceSha256"] = function.SourceSha256,
            ["imageKey"] = function.ImageKey,
            ["reused"] = function.Reused,
        })),
        ["assets"] = new BsonArray(build.Assets.Select(asset => new BsonDocument
        {
            ["path"] = asset.Path,
            ["visibility"] = asset.Visibility.ToString(),
            ["contentType"] = asset.ContentType,
            ["sha256"] = asset.Sha256,
            ["length"] = asset.Length,
        })),
        ["lib"] = new BsonArray(build.Lib.Select(file => new BsonDocument { ["path"] = file.Path, ["sha256"] = file.Sha256 })),
        ["diagnostics"] = new BsonArray(build.Diagnostics.Select(diagnostic => new BsonDocument
        {
            ["file"] = BsonConvert.FromNullable(diagnostic.File),
            ["id"] = diagnostic.Id,
            ["severity"] = diagnostic.Severity.ToString(),
            ["message"] = diagnostic.Message,
            ["line"] = diagnostic.Line,
            ["column"] = diagnostic.Column,
            ["endLine"] = diagnostic.EndLine,
            ["endColumn"] = diagnostic.EndColumn,
        })),
    };

    private static BuildRecord FromDocument(LiteDatabase database, BsonDocument document)
    {
        var service = document["service"].AsString;
        var sources = database.GetCollection(LiteDbCollections.LibSources);
        return new BuildRecord(
            service,
            document["id"].AsInt32,
            BsonConvert.ToEnum<BuildStatus>(document["status"]),
            BsonConvert.ToTime(document["createdAt"]),
            document["finishedAt"].IsNull ? null : BsonConvert.ToTime(document["finishedAt"]),
            [.. Requested(document).Select(function => new RequestedBuildFunction(
                function["path"].AsString,
                BsonConvert.ToEnum<FunctionVisibility>(function["visibility"]),
                new FunctionLimits(BsonConvert.ToNullableInt32(function["timeoutMs"]), BsonConvert.ToNullableInt32(function["memoryMb"])),
                function["sourceSha256"].AsString,
                BsonConvert.ToNullableBoolean(function["compiled"])))],
            [.. document["functions"].AsArray.Select(value => value.AsDocument).Select(function => new BuildFunction(
                function["path"].AsString,
                BsonConvert.ToEnum<FunctionVisibility>(function["visibility"]),
                new FunctionLimits(BsonConvert.ToNullableInt32(function["timeoutMs"]), BsonConvert.ToNullableInt32(function["memoryMb"])),
                function["version"].AsInt32,
                function["sourceSha256"].AsString,
                function["imageKey"].AsString,
                function["reused"].AsBoolean))],
            [.. document["assets"].AsArray.Select(value => value.AsDocument).Select(asset => new BuildAsset(
                asset["path"].AsString,
                BsonConvert.ToEnum<Assets.AssetVisibility>(asset["visibility"]),
                asset["contentType"].AsString,
                asset["sha256"].AsString,
                asset["length"].AsInt64))],
            [.. document["lib"].AsArray.Select(value => value.AsDocument).Select(file => new BuildLibFile(
                file["path"].AsString,
                sources.FindById(LiteDbCollections.Key(service, file["sha256"].AsString))["source"].AsString,
                file["sha256"].AsString))],
            [.. document["diagnostics"].AsArray.Select(value => value.AsDocument).Select(diagnostic => new BuildDiagnostic(
                BsonConvert.ToNullableString(diagnostic["file"]),
                diagnostic["id"].AsString,
                BsonConvert.ToEnum<BuildDiagnosticSeverity>(diagnostic["severity"]),
                diagnostic["message"].AsString,
                diagnostic["line"].AsInt32,
                diagnostic["column"].AsInt32,
                diagnostic["endLine"].AsInt32,
                diagnostic["endColumn"].AsInt32))],
            BsonConvert.ToNullableInt32(document["baseBuildId"]),
            BsonConvert.ToEnum<BuildOrigin>(document["origin"]),
            BsonConvert.ToNullableString(document["failureReason"]));
    }

    // Builds stored before the queued functions were kept have none.
    private static IEnumerable<BsonDocument> Requested(BsonDocument document) =>
        document["requested"].IsArray ? document["requested"].AsArray.Select(value => value.AsDocument) : [];

    private static BuildSummary SummaryFromDocument(BsonDocument document) => new(
        document["service"].AsString,
        document["id"].AsInt32,
        BsonConvert.ToEnum<BuildStatus>(document["status"]),
        BsonConvert.ToTime(document["createdAt"]),
        document["finishedAt"].IsNull ? null : BsonConvert.ToTime(document["finishedAt"]),
        BsonConvert.ToNullableInt32(document["baseBuildId"]),
        BsonConvert.ToEnum<BuildOrigin>(document["origin"]),
        // The functions a build holds: those it was queued with; a build stored before they were kept, those it completed with.
        document["requested"].IsArray ? document["requested"].AsArray.Count : document["functions"].AsArray.Count,
        document["assets"].AsArray.Count,
        document["lib"].AsArray.Count,
        document["diagnostics"].AsArray.Count,
        BsonConvert.ToNullableString(document["failureReason"]));
}
