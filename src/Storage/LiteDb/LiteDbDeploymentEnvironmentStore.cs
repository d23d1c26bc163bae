using LiteDB;
using ScriptHost.Storage.DeploymentEnvironments;
using ScriptHost.Storage.Errors;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.LiteDb;

/// <summary>Environments keyed "service|name", each carrying its host label (uniquely indexed) and what is live on it.</summary>
internal sealed class LiteDbDeploymentEnvironmentStore(LiteDbContext context) : IDeploymentEnvironmentStore
{
    public Task<DeploymentEnvironment> CreateEnvironmentAsync(string service, string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.EnvironmentName(name, nameof(name));

        var created = context.Write(database =>
        {
            LiteDbServiceStore.RequireExisting(database, service);
            if (Find(database, service, name) is not null)
            {
                throw new StorageConflictException($"Environment '{name}' of service '{service}' already exists.");
            }

            return Insert(database, service, name, context.Now);
        });
        return Task.FromResult(created);
    }

    public Task<DeploymentEnvironment?> GetEnvironmentAsync(string service, string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.EnvironmentName(name, nameof(name));

        var document = Find(context.Database, service, name);
        return Task.FromResult(document is null ? null : FromDocument(document));
    }

    public Task<IReadOnlyList<DeploymentEnvironment>> ListEnvironmentsAsync(string service, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);

        var (from, to) = LiteDbCollections.ServiceKeyRange(service);
        IReadOnlyList<DeploymentEnvironment> environments = context.Database.GetCollection(LiteDbCollections.DeploymentEnvironments)
            .Find(Query.Between("_id", from, to))
            .Select(FromDocument)
            .OrderBy(environment => environment.Name, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(environments);
    }

    public Task<bool> DeleteEnvironmentAsync(string service, string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(service);
        Guard.EnvironmentName(name, nameof(name));
        if (name == EnvironmentName.Production)
        {
            throw new StorageConflictException($"The '{EnvironmentName.Production}' environment cannot be deleted.");
        }

        var deleted = context.Write(database =>
        {
            if (!database.GetCollection(LiteDbCollections.DeploymentEnvironments).Delete(LiteDbCollections.Key(service, name)))
            {
                return false;
            }

            // One transaction: the environment goes with its variables and history, or not at all. Builds stay.
            LiteDbEnvironmentStore.DeleteAllOf(database, service, name);
            LiteDbDeploymentStore.DeleteAllOf(database, service, name);
            return true;
        });
        return Task.FromResult(deleted);
    }

    public Task<HostLabelOwner?> FindHostLabelOwnerAsync(string label, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.NotNull(label, nameof(label));
        return Task.FromResult(FindLabelOwner(context.Database, label));
    }

    /// <summary>
    /// Creates an environment inside the caller's write, refusing a host label that is taken: the one place both a new
    /// environment and a new service's production environment get their label.
    /// </summary>
    public static DeploymentEnvironment Insert(LiteDatabase database, string service, string name, DateTimeOffset now)
    {
        var label = HostLabel.Of(service, name);
        if (FindLabelOwner(database, label) is { } owner)
        {
            throw new HostLabelTakenException(label, owner);
        }

        var environment = new DeploymentEnvironment(service, name, now, LiveDeploymentId: null, LiveBuildId: null);
        database.GetCollection(LiteDbCollections.DeploymentEnvironments).Insert(ToDocument(environment));
        return environment;
    }

    public static BsonDocument? Find(LiteDatabase database, string service, string name) =>
        database.GetCollection(LiteDbCollections.DeploymentEnvironments).FindById(LiteDbCollections.Key(service, name));

    /// <summary>The environment's document; throws <see cref="StorageNotFoundException"/> if it does not exist.</summary>
    public static BsonDocument Require(LiteDatabase database, string service, string name) =>
        Find(database, service, name) ?? throw new StorageNotFoundException($"Environment '{name}' of service '{service}' does not exist.");

    /// <summary>Records what is live on the environment; called by a deployment inside its write.</summary>
    public static DeploymentEnvironment SetLive(LiteDatabase database, BsonDocument document, int deploymentId, int buildId)
    {
        var environment = FromDocument(document) with { LiveDeploymentId = deploymentId, LiveBuildId = buildId };
        database.GetCollection(LiteDbCollections.DeploymentEnvironments).Update(ToDocument(environment));
        return environment;
    }

    /// <summary>Deletes every environment of a service; called inside the service-deletion transaction.</summary>
    public static void DeleteAllOf(LiteDatabase database, string service)
    {
        var (from, to) = LiteDbCollections.ServiceKeyRange(service);
        database.GetCollection(LiteDbCollections.DeploymentEnvironments).DeleteMany(Query.Between("_id", from, to));
    }

    public static DeploymentEnvironment FromDocument(BsonDocument document) => new(
        document["service"].AsString,
        document["name"].AsString,
        BsonConvert.ToTime(document["createdAt"]),
        BsonConvert.ToNullableInt32(document["liveDeploymentId"]),
        BsonConvert.ToNullableInt32(document["liveBuildId"]));

    private static HostLabelOwner? FindLabelOwner(LiteDatabase database, string label)
    {
        var document = database.GetCollection(LiteDbCollections.DeploymentEnvironments).FindOne(Query.EQ("label", label));
        return document is null ? null : new HostLabelOwner(document["service"].AsString, document["name"].AsString);
    }

    private static BsonDocument ToDocument(DeploymentEnvironment environment) => new()
    {
        ["_id"] = LiteDbCollections.Key(environment.Service, environment.Name),
        ["service"] = environment.Service,
        ["name"] = environment.Name,
        ["label"] = environment.HostLabel,
        ["createdAt"] = BsonConvert.FromTime(environment.CreatedAt),
        ["liveDeploymentId"] = BsonConvert.FromNullable(environment.LiveDeploymentId),
        ["liveBuildId"] = BsonConvert.FromNullable(environment.LiveBuildId),
    };
}
