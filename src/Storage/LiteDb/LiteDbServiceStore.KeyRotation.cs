using LiteDB;
using ScriptHost.Storage.Errors;
using ScriptHost.Storage.Services;
using ScriptHost.Storage.Validation;

namespace ScriptHost.Storage.LiteDb;

/// <summary>
/// Key rotation: a service document and the admin settings document each keep the key rotated out last as
/// <c>previousKeyHash</c> + <c>previousKeyValidUntil</c> (absent in documents written before rotation existed).
/// </summary>
internal sealed partial class LiteDbServiceStore
{
    private const string PreviousKeyHashField = "previousKeyHash";
    private const string PreviousKeyValidUntilField = "previousKeyValidUntil";

    public Task<ServiceRecord?> RotateApiKeyHashAsync(string name, ReadOnlyMemory<byte> newApiKeyHash, DateTimeOffset previousValidUntil, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.KeyHash(newApiKeyHash, nameof(newApiKeyHash));
        if (!ServiceName.IsValid(name))
        {
            return Task.FromResult<ServiceRecord?>(null);
        }

        var rotated = context.Write(database =>
        {
            var services = database.GetCollection(LiteDbCollections.Services);
            var document = services.FindById(name);
            if (document is null)
            {
                return null;
            }

            var current = FromDocument(document);
            var record = current with
            {
                ApiKeyHash = newApiKeyHash.ToArray(),
                PreviousApiKeyHash = new PreviousKeyHash(current.ApiKeyHash.ToArray(), previousValidUntil),
            };
            services.Update(ToDocument(record));
            return record;
        });
        return Task.FromResult(rotated);
    }

    public Task<PreviousKeyHash?> GetPreviousAdminKeyHashAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var document = context.Database.GetCollection(LiteDbCollections.Settings).FindById(LiteDbCollections.AdminSettingsId);
        return Task.FromResult(document is null ? null : PreviousKeyOf(document));
    }

    public Task<PreviousKeyHash> RotateAdminKeyHashAsync(ReadOnlyMemory<byte> newAdminKeyHash, DateTimeOffset previousValidUntil, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Guard.KeyHash(newAdminKeyHash, nameof(newAdminKeyHash));
        var previous = context.Write(database =>
        {
            var settings = database.GetCollection(LiteDbCollections.Settings);
            var document = settings.FindById(LiteDbCollections.AdminSettingsId)
                ?? throw new StorageNotFoundException("No admin key hash is stored, so there is none to rotate.");
            var previous = new PreviousKeyHash(document["keyHash"].AsBinary, previousValidUntil);
            document["keyHash"] = BsonConvert.FromBytes(newAdminKeyHash);
            document["updatedAt"] = BsonConvert.FromTime(context.Now);
            settings.Update(WithPreviousKey(document, previous));
            return previous;
        });
        return Task.FromResult(previous);
    }

    private static PreviousKeyHash? PreviousKeyOf(BsonDocument document) =>
        document.TryGetValue(PreviousKeyHashField, out var hash) && hash.IsBinary
            ? new PreviousKeyHash(hash.AsBinary, BsonConvert.ToTime(document[PreviousKeyValidUntilField]))
            : null;

    private static BsonDocument WithPreviousKey(BsonDocument document, PreviousKeyHash? previous)
    {
        if (previous is not null)
        {
            document[PreviousKeyHashField] = BsonConvert.FromBytes(previous.Hash);
            document[PreviousKeyValidUntilField] = BsonConvert.FromTime(previous.ValidUntil);
        }

        return document;
    }

    private static void ForgetPreviousKey(BsonDocument document)
    {
        document.Remove(PreviousKeyHashField);
        document.Remove(PreviousKeyValidUntilField);
    }
}
