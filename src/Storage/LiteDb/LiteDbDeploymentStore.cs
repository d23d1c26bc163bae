using LiteDB;
using ScriptHost.Storage.Builds;
using ScriptHost.Storage.Deployments;
using ScriptHost.Storage.Errors;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// Deployments keyed "service|number" with a <c>scope</c> field "service|environment" (indexed) for an environment's
/// history. A deployment and the environment's live pointer are written in one transaction.
/// </summary>
internal sealed class LiteDbDeploymentStore(LiteDbContext context) : IDeploymentStore
{
    public Task<Deployment> DeployAsync(string service, string environment, int buildId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.EnvironmentName(environment);
        Guard.Id(buildId, nameof(buildId));

        var deployment = context.Write(database =>
        {
            LiteDbServiceStore.RequireExisting(database, service);
            var target = LiteDbDeploymentEnvironmentStore.Require(database, service, environment);
            return Append(database, target, service, environment, buildId, fromEnvironment: null, context.Now);
        });
        return Task.FromResult(deployment);
    }

    public Task<Deployment> PromoteAsync(string service, string environment, string fromEnvironment, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.EnvironmentName(environment);
        Guard.EnvironmentName(fromEnvironment, nameof(fromEnvironment));

        var deployment = context.Write(database =>
        {
            LiteDbServiceStore.RequireExisting(database, service);
            var target = LiteDbDeploymentEnvironmentStore.Require(database, service, environment);
            var source = LiteDbDeploymentEnvironmentStore.FromDocument(LiteDbDeploymentEnvironmentStore.Require(database, service, fromEnvironment));
            var buildId = source.LiveBuildId
                ?? throw new StorageConflictException($"Environment '{fromEnvironment}' of service '{service}' has nothing deployed to promote.");
            return Append(database, target, service, environment, buildId, fromEnvironment, context.Now);
        });
        return Task.FromResult(deployment);
    }

    public Task<Deployment?> GetDeploymentAsync(string service, int id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.Id(id, "deploymentId");
        return Task.FromResult(Find(context.Database, service, id));
    }

    public Task<IReadOnlyList<Deployment>> ListDeploymentsAsync(string service, string environment, int limit, int? beforeId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.EnvironmentName(environment);
        Guard.Limit(limit);
        if (beforeId is { } before)
        {
            Guard.Id(before, nameof(beforeId));
        }

        IReadOnlyList<Deployment> history = context.Database.GetCollection(LiteDbCollections.Deployments)
            .Find(Query.EQ("scope", LiteDbCollections.Key(service, environment)))
            .Select(FromDocument)
            .Where(deployment => beforeId is null || deployment.Id < beforeId)
            .OrderByDescending(deployment => deployment.Id)
            .Take(limit)
            .ToList();
        return Task.FromResult(history);
    }

    public Task<LiveEnvironment?> GetLiveAsync(string service, string environment, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.EnvironmentName(environment);

        var live = context.Read(database => LiteDbDeploymentEnvironmentStore.Find(database, service, environment) is { } document
            ? LiveOf(database, document)
            : null);
        return Task.FromResult(live);
    }

    public Task<IReadOnlyList<LiveEnvironment>> LoadLiveAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // One snapshot: a deployment committing meanwhile is seen whole or not at all.
        var live = context.Read<IReadOnlyList<LiveEnvironment>>(database =>
        [
            .. database.GetCollection(LiteDbCollections.DeploymentEnvironments)
                .Find(Query.Not("liveDeploymentId", BsonValue.Null))
                .Select(document => LiveOf(database, document))
                .OfType<LiveEnvironment>()
                .OrderBy(environment => environment.Environment.Service, StringComparer.Ordinal)
                .ThenBy(environment => environment.Environment.Name, StringComparer.Ordinal),
        ]);
        return Task.FromResult(live);
    }

    /// <summary>
    /// Appends a deployment of a completed build and makes it live on the environment; call inside a write. The
    /// migration deploys its build 1 with it.
    /// </summary>
    public static Deployment Append(LiteDatabase database, BsonDocument target, string service, string environment, int buildId, string? fromEnvironment, DateTimeOffset now)
    {
        var build = LiteDbBuildStore.Find(database, service, buildId)
            ?? throw new StorageNotFoundException($"Build {buildId} of service '{service}' does not exist.");
        if (build.Status != BuildStatus.Completed)
        {
            throw new BuildStatusConflictException(service, buildId, build.Status,
                $"Build {buildId} of service '{service}' is {build.Status.ToString().ToLowerInvariant()}; only a completed build can be deployed.");
        }

        var deployment = new Deployment(service, environment, LiteDbSequences.Next(database, service, LiteDbSequences.DeploymentIds), buildId, now, fromEnvironment);
        database.GetCollection(LiteDbCollections.Deployments).Insert(new BsonDocument
        {
            ["_id"] = LiteDbCollections.NumberKey(service, deployment.Id),
            ["scope"] = LiteDbCollections.Key(service, environment),
            ["service"] = service,
            ["environment"] = environment,
            ["id"] = deployment.Id,
            ["buildId"] = buildId,
            ["createdAt"] = BsonConvert.FromTime(now),
            ["fromEnvironment"] = BsonConvert.FromNullable(fromEnvironment),
        });
        LiteDbDeploymentEnvironmentStore.SetLive(database, target, deployment.Id, buildId);
        return deployment;
    }

    /// <summary>Deletes an environment's history; called inside the environment-deletion transaction.</summary>
    public static void DeleteAllOf(LiteDatabase database, string service, string environment) =>
        database.GetCollection(LiteDbCollections.Deployments).DeleteMany(Query.EQ("scope", LiteDbCollections.Key(service, environment)));

    /// <summary>Deletes every deployment of a service; called inside the service-deletion transaction.</summary>
    public static void DeleteAllOf(LiteDatabase database, string service)
    {
        var (from, to) = LiteDbCollections.ServiceKeyRange(service);
        database.GetCollection(LiteDbCollections.Deployments).DeleteMany(Query.Between("_id", from, to));
    }

    private static Deployment? Find(LiteDatabase database, string service, int id) =>
        database.GetCollection(LiteDbCollections.Deployments).FindById(LiteDbCollections.NumberKey(service, id)) is { } document
            ? FromDocument(document)
            : null;

    private static LiveEnvironment? LiveOf(LiteDatabase database, BsonDocument environmentDocument)
    {
        var environment = LiteDbDeploymentEnvironmentStore.FromDocument(environmentDocument);
        if (environment.LiveDeploymentId is not { } deploymentId
            || Find(database, environment.Service, deploymentId) is not { } deployment
            || LiteDbBuildStore.Find(database, environment.Service, deployment.BuildId) is not { } build)
        {
            return null;
        }

        return new LiveEnvironment(environment, deployment, build);
    }

    private static Deployment FromDocument(BsonDocument document) => new(
        document["service"].AsString,
        document["environment"].AsString,
        document["id"].AsInt32,
        document["buildId"].AsInt32,
        BsonConvert.ToTime(document["createdAt"]),
        BsonConvert.ToNullableString(document["fromEnvironment"]));
}
