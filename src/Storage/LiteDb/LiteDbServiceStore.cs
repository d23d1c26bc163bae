using System.Collections.Immutable;
using LiteDB;
using ScriptHost.Storage.Errors;
using ScriptHost.Storage.Services;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.LiteDb;

internal sealed partial class LiteDbServiceStore(LiteDbContext context) : IServiceStore
{
    public Task<ServiceRecord> CreateServiceAsync(string name, ReadOnlyMemory<byte> apiKeyHash, ServiceSettings settings, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.ServiceName(name);
        Guard.KeyHash(apiKeyHash, nameof(apiKeyHash));
        ValidateSettings(settings);

        var record = new ServiceRecord(name, context.Now, apiKeyHash.ToArray(), settings);
        context.Write(database =>
        {
            if (Exists(database, name))
            {
                throw new StorageConflictException($"Service '{name}' already exists.");
            }

            database.GetCollection(LiteDbCollections.Services).Insert(ToDocument(record));

            // Every service has production; its host label is the service's name, so this also refuses a name that is
            // another service's environment's label ("shop-dev" while shop has dev).
            LiteDbDeploymentEnvironmentStore.Insert(database, name, EnvironmentName.Production, record.CreatedAt);
        });
        return Task.FromResult(record);
    }

    public Task<ServiceRecord?> GetServiceAsync(string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!ServiceName.IsValid(name))
        {
            return Task.FromResult<ServiceRecord?>(null);
        }

        var document = context.Database.GetCollection(LiteDbCollections.Services).FindById(name);
        return Task.FromResult(document is null ? null : FromDocument(document));
    }

    public Task<IReadOnlyList<ServiceRecord>> ListServicesAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<ServiceRecord> services = context.Database.GetCollection(LiteDbCollections.Services)
            .Query()
            .OrderBy("_id")
            .ToEnumerable()
            .Select(FromDocument)
            .ToList();
        return Task.FromResult(services);
    }

    public Task<ServiceRecord?> UpdateSettingsAsync(string name, ServiceSettings settings, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ValidateSettings(settings);
        if (!ServiceName.IsValid(name))
        {
            return Task.FromResult<ServiceRecord?>(null);
        }

        var updated = context.Write(database =>
        {
            var services = database.GetCollection(LiteDbCollections.Services);
            var document = services.FindById(name);
            if (document is null)
            {
                return null;
            }

            var record = FromDocument(document) with { Settings = settings };
            services.Update(ToDocument(record));
            return record;
        });
        return Task.FromResult(updated);
    }

    public Task<bool> ReplaceApiKeyHashAsync(string name, ReadOnlyMemory<byte> apiKeyHash, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.KeyHash(apiKeyHash, nameof(apiKeyHash));
        if (!ServiceName.IsValid(name))
        {
            return Task.FromResult(false);
        }

        var replaced = context.Write(database =>
        {
            var services = database.GetCollection(LiteDbCollections.Services);
            var document = services.FindById(name);
            if (document is null)
            {
                return false;
            }

            document["apiKeyHash"] = BsonConvert.FromBytes(apiKeyHash);
            ForgetPreviousKey(document);
            return services.Update(document);
        });
        return Task.FromResult(replaced);
    }

    public Task<bool> DeleteServiceAsync(string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!ServiceName.IsValid(name))
        {
            return Task.FromResult(false);
        }

        var deleted = context.Write(database =>
        {
            if (!database.GetCollection(LiteDbCollections.Services).Delete(name))
            {
                return false;
            }

            // One transaction: a crash mid-cascade leaves the service whole, never half-deleted.
            foreach (var collection in new[]
            {
                LiteDbCollections.Versions, LiteDbCollections.Environment,
                LiteDbCollections.KeyValue, LiteDbCollections.Usage,
            })
            {
                database.GetCollection(collection).DeleteMany(Query.EQ("service", name));
            }

            ServiceTimeline.DeleteService(database, LiteDbCollections.Logs, name);
            ServiceTimeline.DeleteService(database, LiteDbCollections.Invocations, name);
            database.GetCollection(LiteDbCollections.KeyValueTotals).Delete(name);
            LiteDbDeploymentEnvironmentStore.DeleteAllOf(database, name);
            LiteDbDeploymentStore.DeleteAllOf(database, name);
            LiteDbBuildStore.DeleteAllOf(database, name);
            LiteDbBlobStore.DeleteAllOf(database, name);
            LiteDbSequences.DeleteAllOf(database, name);
            return true;
        });
        return Task.FromResult(deleted);
    }

    public Task<ReadOnlyMemory<byte>?> GetAdminKeyHashAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var document = context.Database.GetCollection(LiteDbCollections.Settings).FindById(LiteDbCollections.AdminSettingsId);
        var hash = document is null ? (ReadOnlyMemory<byte>?)null : document["keyHash"].AsBinary;
        return Task.FromResult(hash);
    }

    public Task SetAdminKeyHashAsync(ReadOnlyMemory<byte> adminKeyHash, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.KeyHash(adminKeyHash, nameof(adminKeyHash));
        context.Write(database => database.GetCollection(LiteDbCollections.Settings).Upsert(new BsonDocument
        {
            ["_id"] = LiteDbCollections.AdminSettingsId,
            ["keyHash"] = BsonConvert.FromBytes(adminKeyHash),
            ["updatedAt"] = BsonConvert.FromTime(context.Now),
        }));
        return Task.CompletedTask;
    }

    /// <summary>True if the service exists; other stores call it inside their write transaction.</summary>
    public static bool Exists(LiteDatabase database, string name) =>
        database.GetCollection(LiteDbCollections.Services).FindById(name) is not null;

    /// <summary>Throws <see cref="StorageNotFoundException"/> unless the service exists.</summary>
    public static void RequireExisting(LiteDatabase database, string name)
    {
        if (!Exists(database, name))
        {
            throw new StorageNotFoundException($"Service '{name}' does not exist.");
        }
    }

    /// <summary>The key-value quota in force for a service: each of its own limits, else the store default's.</summary>
    public static KeyValueQuota QuotaOf(LiteDatabase database, string name, KeyValueQuota fallback)
    {
        var document = database.GetCollection(LiteDbCollections.Services).FindById(name);
        var own = document is null ? null : FromDocument(document).Settings.KeyValueQuota;
        return own is null ? fallback : new KeyValueQuota(own.MaxEntries ?? fallback.MaxEntries, own.MaxTotalBytes ?? fallback.MaxTotalBytes);
    }

    private static void ValidateSettings(ServiceSettings? settings)
    {
        Guard.NotNull(settings, "settings");
        if (settings!.CorsAllowedOrigins.IsDefault || settings.EgressAllowedHosts.IsDefault)
        {
            throw new StorageValidationException("settings", "Settings lists must not be default arrays; use [] for none.");
        }

        if (settings.CorsAllowedOrigins.Any(string.IsNullOrWhiteSpace) || settings.EgressAllowedHosts.Any(string.IsNullOrWhiteSpace))
        {
            throw new StorageValidationException("settings", "CORS origins and egress hosts must not be empty.");
        }

        if (settings.KeyValueQuota is { } quota && (quota.MaxEntries is < 0 || quota.MaxTotalBytes is < 0))
        {
            throw new StorageValidationException("settings", "Key-value quota limits must not be negative.");
        }
    }

    private static BsonDocument ToDocument(ServiceRecord record) => WithPreviousKey(new()
    {
        ["_id"] = record.Name,
        ["createdAt"] = BsonConvert.FromTime(record.CreatedAt),
        ["apiKeyHash"] = BsonConvert.FromBytes(record.ApiKeyHash),
        ["corsAllowedOrigins"] = BsonConvert.FromStrings(record.Settings.CorsAllowedOrigins),
        ["egressAllowedHosts"] = BsonConvert.FromStrings(record.Settings.EgressAllowedHosts),
        ["hasKeyValueQuota"] = record.Settings.KeyValueQuota is not null,
        ["kvMaxEntries"] = BsonConvert.FromNullable(record.Settings.KeyValueQuota?.MaxEntries),
        ["kvMaxTotalBytes"] = BsonConvert.FromNullable(record.Settings.KeyValueQuota?.MaxTotalBytes),
        ["runInProcess"] = record.Settings.RunInProcess,
    }, record.PreviousApiKeyHash);

    private static ServiceRecord FromDocument(BsonDocument document) => new(
        document["_id"].AsString,
        BsonConvert.ToTime(document["createdAt"]),
        document["apiKeyHash"].AsBinary,
        new ServiceSettings
        {
            CorsAllowedOrigins = document["corsAllowedOrigins"].AsArray.Select(value => value.AsString).ToImmutableArray(),
            EgressAllowedHosts = document["egressAllowedHosts"].AsArray.Select(value => value.AsString).ToImmutableArray(),
            KeyValueQuota = document["hasKeyValueQuota"].AsBoolean
                ? new KeyValueQuota(BsonConvert.ToNullableInt32(document["kvMaxEntries"]), BsonConvert.ToNullableInt64(document["kvMaxTotalBytes"]))
                : null,
            // Absent in documents written before the setting existed: those services run in workers.
            RunInProcess = document.TryGetValue("runInProcess", out var inProcess) && inProcess.IsBoolean && inProcess.AsBoolean,
        })
    {
        PreviousApiKeyHash = PreviousKeyOf(document),
    };
}
